/**
 * Inbox queries over the task projection: mine, my groups, completed by me, started by me,
 * with filters, sorting, pagination and counts. Visibility comes from task-access.ts only.
 */
import { sql, type Kysely, type Selectable, type SqlBool } from 'kysely';
import type { Database, TasksTable } from '../../db/schema.js';
import type { CurrentUser } from '../identity.js';
import { slaState, type SlaState } from './sla.js';
import { canSee, isCandidate } from './task-access.js';

export type InboxScope = 'mine' | 'groups' | 'completed' | 'started' | 'all';

export interface InboxQuery {
  scope: InboxScope;
  processKey?: string;
  businessKey?: string;
  sla?: Exclude<SlaState, 'none'>;
  /** Business fields: equality on the task's input or submitted data, e.g. `{ storeId: 'S-12' }`. */
  fields?: Record<string, string>;
  sort?: 'dueAt' | 'createdAt' | 'priority';
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

export interface TaskSummary {
  id: string;
  name: string | null;
  processKey: string;
  instanceId: string;
  nodeId: string;
  businessKey: string | null;
  formId: string | null;
  formVersion: number | null;
  assignee: string | null;
  owner: string | null;
  candidateUsers: string[];
  candidateGroups: string[];
  outcomes: string[];
  priority: number;
  dueAt: string | null;
  sla: SlaState;
  status: TasksTable['status'];
  createdAt: string;
  closedAt: string | null;
  completedBy: string | null;
  startedBy: string | null;
}

const FIELD_NAME = /^[A-Za-z_][\w]{0,63}$/;

export class TaskQueries {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(user: CurrentUser, q: InboxQuery): Promise<{ items: TaskSummary[]; total: number }> {
    const base = this.filtered(user, q);
    const sortColumn = { dueAt: 'due_at', createdAt: 'created_at', priority: 'priority' }[q.sort ?? 'createdAt'];
    const order = q.order ?? (q.sort === 'priority' ? 'desc' : 'asc');
    const [rows, count] = await Promise.all([
      base
        .selectAll()
        .orderBy(sql.ref(`tasks.${sortColumn}`), (ob) => (order === 'asc' ? ob.asc() : ob.desc()).nullsLast())
        .orderBy('tasks.id')
        .limit(Math.min(q.limit ?? 50, 200))
        .offset(q.offset ?? 0)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map((r) => this.summary(r)), total: Number(count.n) };
  }

  /** Counts for the inbox tabs. */
  async counts(user: CurrentUser): Promise<Record<Exclude<InboxScope, 'all'>, number>> {
    const scopes = ['mine', 'groups', 'completed', 'started'] as const;
    const values = await Promise.all(
      scopes.map((scope) =>
        this.filtered(user, { scope })
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ),
    );
    return Object.fromEntries(scopes.map((s, i) => [s, Number(values[i]!.n)])) as Record<
      (typeof scopes)[number],
      number
    >;
  }

  /** One task the user may see, or undefined (the caller answers 404 either way). */
  async get(user: CurrentUser, taskId: string): Promise<Selectable<TasksTable> | undefined> {
    return this.db
      .selectFrom('tasks')
      .selectAll()
      .where('id', '=', taskId)
      .where((eb) => canSee(eb, user))
      .executeTakeFirst();
  }

  summary(r: Selectable<TasksTable>): TaskSummary {
    return {
      id: r.id,
      name: r.name,
      processKey: r.process_key,
      instanceId: r.instance_id,
      nodeId: r.node_id,
      businessKey: r.business_key,
      formId: r.form_id,
      formVersion: r.form_version,
      assignee: r.assignee,
      owner: r.owner,
      candidateUsers: r.candidate_users,
      candidateGroups: r.candidate_groups,
      outcomes: r.outcomes,
      priority: r.priority,
      dueAt: r.due_at?.toISOString() ?? null,
      sla: r.status === 'open' ? slaState(r.created_at, r.due_at, this.now()) : 'none',
      status: r.status,
      createdAt: r.created_at.toISOString(),
      closedAt: r.closed_at?.toISOString() ?? null,
      completedBy: r.completed_by,
      startedBy: r.started_by,
    };
  }

  private filtered(user: CurrentUser, q: InboxQuery) {
    const now = this.now();
    let query = this.db.selectFrom('tasks').where((eb) => {
      switch (q.scope) {
        case 'mine':
          return eb.and([eb('tasks.status', '=', 'open'), eb('tasks.assignee', '=', user.username)]);
        case 'groups':
          return eb.and([eb('tasks.status', '=', 'open'), isCandidate(eb, user)]);
        case 'completed':
          return eb.and([eb('tasks.status', '=', 'completed'), eb('tasks.completed_by', '=', user.username)]);
        case 'started':
          return eb.and([eb('tasks.started_by', '=', user.username), canSee(eb, user)]);
        case 'all':
          return canSee(eb, user);
      }
    });
    if (q.processKey) query = query.where('tasks.process_key', '=', q.processKey);
    if (q.businessKey) query = query.where('tasks.business_key', '=', q.businessKey);
    if (q.sla === 'overdue') query = query.where('tasks.status', '=', 'open').where('tasks.due_at', '<', now);
    if (q.sla === 'dueSoon' || q.sla === 'onTime') {
      // Mirrors slaState(): due soon within max(1 h, a quarter of the task's window).
      const soon = sql<SqlBool>`tasks.due_at - ${now}::timestamptz <= greatest(interval '1 hour', (tasks.due_at - tasks.created_at) / 4)`;
      query = query.where('tasks.status', '=', 'open').where('tasks.due_at', '>=', now);
      query = q.sla === 'dueSoon' ? query.where(soon) : query.where(sql<SqlBool>`not (${soon})`);
    }
    for (const [name, value] of Object.entries(q.fields ?? {})) {
      if (!FIELD_NAME.test(name)) continue;
      query = query.where(
        sql<SqlBool>`(coalesce(tasks.data, '{}'::jsonb) || coalesce(tasks.input, '{}'::jsonb)) ->> ${name} = ${value}`,
      );
    }
    return query;
  }
}
