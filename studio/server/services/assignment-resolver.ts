/**
 * Org rules for user-task assignment, resolved against the directory when a task opens:
 * `@supervisor` (the requester's supervisor), `@supervisor:<username>`, `@head` (head of the
 * requester's first group) and `@head:<groupId>`. When nobody can act on the task (no
 * assignee, no candidate user, no candidate group with an enabled member) the configured
 * fallback decides: `admin`, `group:<id>` or `escalate` (the requester's supervisor).
 */
import type { Kysely } from 'kysely';
import type { AssignmentRequest, AssignmentResolver, AssignmentResult } from '../../../engine/activities/index.js';
import type { Database } from '../db/schema.js';

export type AssignmentFallback = { kind: 'admin' } | { kind: 'group'; groupId: string } | { kind: 'escalate' };

export class DirectoryAssignmentResolver implements AssignmentResolver {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly fallback: AssignmentFallback,
  ) {}

  async resolve(req: AssignmentRequest): Promise<AssignmentResult> {
    const assignee = req.assignee ? await this.person(req.assignee, req.startedBy) : undefined;
    const users: string[] = [];
    for (const u of req.candidateUsers ?? []) {
      const resolved = await this.person(u, req.startedBy);
      if (resolved && !users.includes(resolved)) users.push(resolved);
    }
    const groups = req.candidateGroups ?? [];
    if (assignee || users.length || (await this.anyMember(groups))) {
      return { ...(assignee ? { assignee } : {}), candidateUsers: users, candidateGroups: groups };
    }
    return this.applyFallback(req, groups);
  }

  private async applyFallback(req: AssignmentRequest, groups: string[]): Promise<AssignmentResult> {
    const note = `no one matched ${req.nodeId}`;
    if (this.fallback.kind === 'group') {
      return { candidateGroups: [this.fallback.groupId], fallback: `${note}: group ${this.fallback.groupId}` };
    }
    if (this.fallback.kind === 'escalate' && req.startedBy) {
      const supervisor = await this.supervisorOf(req.startedBy);
      if (supervisor)
        return { assignee: supervisor, candidateGroups: groups, fallback: `${note}: escalated to ${supervisor}` };
    }
    return { candidateUsers: ['admin'], candidateGroups: groups, fallback: `${note}: admin` };
  }

  /** A username, or an org rule resolved to one; undefined when the rule finds nobody. */
  private async person(value: string, requester: string | undefined): Promise<string | undefined> {
    if (!value.startsWith('@')) return value;
    const [rule, arg] = value.slice(1).split(':', 2) as [string, string | undefined];
    if (rule === 'supervisor') {
      const of = arg ?? requester;
      return of ? this.supervisorOf(of) : undefined;
    }
    if (rule === 'head') {
      const groupId = arg ?? (requester ? await this.firstGroupOf(requester) : undefined);
      return groupId ? this.headOf(groupId) : undefined;
    }
    return undefined;
  }

  private async supervisorOf(username: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('users as u')
      .innerJoin('users as s', 's.id', 'u.supervisor_id')
      .select('s.username')
      .where('u.username', '=', username)
      .where('s.disabled', '=', false)
      .executeTakeFirst();
    return row?.username;
  }

  private async headOf(groupId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('groups as g')
      .innerJoin('users as h', 'h.id', 'g.head_user_id')
      .select('h.username')
      .where('g.id', '=', groupId)
      .where('h.disabled', '=', false)
      .executeTakeFirst();
    return row?.username;
  }

  private async firstGroupOf(username: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('group_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select('m.group_id')
      .where('u.username', '=', username)
      .orderBy('m.group_id')
      .executeTakeFirst();
    return row?.group_id;
  }

  private async anyMember(groups: string[]): Promise<boolean> {
    if (groups.length === 0) return false;
    const row = await this.db
      .selectFrom('group_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select('m.user_id')
      .where('m.group_id', 'in', groups)
      .where('u.disabled', '=', false)
      .executeTakeFirst();
    return Boolean(row);
  }
}

/** Parses ASSIGNMENT_FALLBACK: `admin`, `group:<id>` or `escalate`; undefined when malformed. */
export function parseAssignmentFallback(raw: string): AssignmentFallback | undefined {
  if (raw === 'admin' || raw === 'escalate') return { kind: raw };
  const group = /^group:([\w.-]{1,100})$/.exec(raw);
  return group ? { kind: 'group', groupId: group[1]! } : undefined;
}
