/**
 * The task inbox: queries over the projection, actions that go through the workflow, and
 * the task detail a form page needs.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { errors } from '../../errors.js';
import type { CurrentUser } from '../identity.js';
import type { TaskActions } from './task-actions.js';
import type { TaskQueries, TaskSummary } from './task-queries.js';

export interface TaskDetail extends TaskSummary {
  input: Record<string, unknown>;
  data: Record<string, unknown> | null;
  /** The pinned form as this user may see it at this step (schema, uiSchema, labels, field states). */
  form: object | null;
  /** Steps the model lets this task be sent back to (退回); null when the row predates recording them. */
  sendBackTargets: SendBackTarget[] | null;
}

export interface SendBackTarget {
  nodeId: string;
  /** The step's name, from its latest task in this instance; null when it has not run here. */
  name: string | null;
}

/** Resolves the form a task pinned, as the user may see it at the task's step. */
export type TaskFormView = (
  task: TaskSummary,
  user: CurrentUser,
  values: Record<string, unknown>,
) => Promise<object | null>;

export class TaskService {
  constructor(
    private readonly db: Kysely<Database>,
    readonly queries: TaskQueries,
    readonly actions: TaskActions,
    private readonly formView: TaskFormView = async () => null,
  ) {}

  async detail(taskId: string, user: CurrentUser): Promise<TaskDetail> {
    const row = await this.queries.get(user, taskId);
    if (!row) throw errors.taskNotFound(taskId);
    const summary = this.queries.summary(row);
    const values = { ...(row.input ?? {}), ...(row.data ?? {}) };
    return {
      ...summary,
      input: row.input ?? {},
      data: row.data,
      form: await this.formView(summary, user, values),
      sendBackTargets: await this.sendBackTargets(row.instance_id, row.send_back_targets),
    };
  }

  /** Names the targets after the latest task each had in the instance, in the model's order. */
  private async sendBackTargets(instanceId: string, nodeIds: string[] | null): Promise<SendBackTarget[] | null> {
    if (!nodeIds) return null;
    if (nodeIds.length === 0) return [];
    const earlier = await this.db
      .selectFrom('tasks')
      .select(['node_id', 'name'])
      .where('instance_id', '=', instanceId)
      .where('node_id', 'in', nodeIds)
      .orderBy('created_at', 'desc')
      .execute();
    return nodeIds.map((nodeId) => ({ nodeId, name: earlier.find((t) => t.node_id === nodeId)?.name ?? null }));
  }

  /** Deletes nothing; used by tests and reconcile to read the raw projection. */
  raw() {
    return this.db.selectFrom('tasks');
  }
}

export { TaskActions } from './task-actions.js';
export { TaskQueries, type InboxQuery, type InboxScope, type TaskSummary } from './task-queries.js';
export { slaState, type SlaState } from './sla.js';
