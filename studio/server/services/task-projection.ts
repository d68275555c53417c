/**
 * The inbox table as the engine's TaskStore: the workflow opens and closes tasks through
 * activities, which land here. Both calls are idempotent because activities may retry.
 */
import { sql, type Kysely } from 'kysely';
import type { CloseTaskInfo, OpenTaskRecord, TaskStore } from '../../../engine/activities/index.js';
import type { Database } from '../db/schema.js';

/** Picks the form version a task pins when the model names none: the latest at open time. */
export type FormVersionResolver = (formId: string) => Promise<number | undefined>;

export class TaskProjection implements TaskStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly resolveFormVersion: FormVersionResolver = async () => undefined,
  ) {}

  async openTask(task: OpenTaskRecord): Promise<void> {
    const row = {
      id: task.taskId,
      instance_id: task.workflowId,
      process_key: task.processKey,
      node_id: task.nodeId,
      name: task.name ?? null,
      form_id: task.formId ?? null,
      form_version: task.formVersion ?? (task.formId ? ((await this.resolveFormVersion(task.formId)) ?? null) : null),
      assignee: task.assignee ?? null,
      candidate_users: JSON.stringify(task.candidateUsers ?? []),
      candidate_groups: JSON.stringify(task.candidateGroups ?? []),
      outcomes: JSON.stringify(task.outcomes ?? []),
      priority: task.priority ?? 50,
      due_at: task.dueAt ? new Date(task.dueAt) : null,
      status: 'open' as const,
      created_at: task.createdAt,
      business_key: task.businessKey ?? null,
      input: JSON.stringify(task.input ?? {}),
      send_back_targets: JSON.stringify(task.sendBackTargets ?? []),
      // The requester, for "started by me" and urging: looked up from our instance index.
      started_by: sql<
        string | null
      >`(select u.username from process_instances p join users u on u.id = p.started_by where p.id = ${task.workflowId})`,
    };
    // Instances started by a schedule or a message have no row yet: index them on their first task.
    await this.db
      .insertInto('process_instances')
      .values({
        id: task.workflowId,
        definition_id: task.definitionId,
        process_key: task.processKey,
        version: task.processVersion,
        business_key: task.businessKey ?? null,
        started_by: 'system',
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    // A retried open must not reopen a task that was closed meanwhile.
    await this.db
      .insertInto('tasks')
      .values(row)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async closeTask(taskId: string, info: CloseTaskInfo): Promise<void> {
    await this.db
      .updateTable('tasks')
      .set({ status: info.reason, completed_by: info.completedBy ?? null, closed_at: new Date() })
      .where('id', '=', taskId)
      .where('status', '=', 'open')
      .execute();
  }
}
