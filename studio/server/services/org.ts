/**
 * Groups (org units such as a bank branch, a store, a tobacco district or a telecom
 * account team), their members and heads, and user supervisors: what assignment rules
 * such as "the requester's supervisor" or "the group's head" resolve against.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface Group {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  headUserId: string | null;
  members: string[];
}

export interface NewGroup {
  id: string;
  name: string;
  kind?: string;
  parentId?: string;
  headUserId?: string;
}

export class OrgService {
  constructor(private readonly db: Kysely<Database>) {}

  async createGroup(group: NewGroup): Promise<void> {
    await this.db
      .insertInto('groups')
      .values({
        id: group.id,
        name: group.name,
        kind: group.kind ?? 'team',
        parent_id: group.parentId ?? null,
        head_user_id: group.headUserId ?? null,
      })
      .execute();
  }

  async setHead(groupId: string, userId: string | null): Promise<void> {
    await this.db.updateTable('groups').set({ head_user_id: userId }).where('id', '=', groupId).execute();
  }

  async addMember(groupId: string, userId: string): Promise<void> {
    await this.db
      .insertInto('group_members')
      .values({ group_id: groupId, user_id: userId })
      .onConflict((oc) => oc.columns(['group_id', 'user_id']).doNothing())
      .execute();
  }

  async removeMember(groupId: string, userId: string): Promise<void> {
    await this.db.deleteFrom('group_members').where('group_id', '=', groupId).where('user_id', '=', userId).execute();
  }

  async listGroups(): Promise<Group[]> {
    const [groups, members] = await Promise.all([
      this.db.selectFrom('groups').selectAll().orderBy('id').execute(),
      this.db.selectFrom('group_members').selectAll().execute(),
    ]);
    return groups.map((g) => ({
      id: g.id,
      name: g.name,
      kind: g.kind,
      parentId: g.parent_id,
      headUserId: g.head_user_id,
      members: members.filter((m) => m.group_id === g.id).map((m) => m.user_id),
    }));
  }

  async groupExists(groupId: string): Promise<boolean> {
    return Boolean(await this.db.selectFrom('groups').select('id').where('id', '=', groupId).executeTakeFirst());
  }

  async supervisorOf(userId: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('users').select('supervisor_id').where('id', '=', userId).executeTakeFirst();
    return row?.supervisor_id ?? undefined;
  }

  async headOf(groupId: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('groups').select('head_user_id').where('id', '=', groupId).executeTakeFirst();
    return row?.head_user_id ?? undefined;
  }

  /** User ids by username; unknown names are left out. */
  async userIdsByName(usernames: string[]): Promise<Map<string, string>> {
    if (usernames.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'username'])
      .where('username', 'in', usernames)
      .execute();
    return new Map(rows.map((r) => [r.username, r.id]));
  }

  async userExists(userId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('users')
      .select('id')
      .where('id', '=', userId)
      .where('disabled', '=', false)
      .executeTakeFirst();
    return Boolean(row);
  }
}
