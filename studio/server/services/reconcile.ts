/**
 * The inbox table is a projection of the workflows' open tasks. Reconcile asks every
 * running instance for its open tasks (processState query), compares them with the table,
 * reports each difference and, when asked, repairs the table to match Temporal.
 */
import type { Client } from '@temporalio/client';
import type { Kysely, Selectable } from 'kysely';
import { processStateQuery, type OpenTask } from '../../../engine/workflow/messages.js';
import type { Database, TasksTable } from '../db/schema.js';
import { TaskProjection } from './task-projection.js';

export type Difference =
  | { kind: 'missing'; instanceId: string; taskId: string }
  | { kind: 'stale'; instanceId: string; taskId: string }
  | { kind: 'changed'; instanceId: string; taskId: string; field: string; table: unknown; workflow: unknown };

export interface ReconcileReport {
  instancesChecked: number;
  differences: Difference[];
  repaired: boolean;
}

export async function reconcileTasks(
  db: Kysely<Database>,
  client: Client,
  opts: { repair: boolean; log?: (line: string) => void },
): Promise<ReconcileReport> {
  const log = opts.log ?? (() => {});
  const projection = new TaskProjection(db);
  // Only instances that can differ: running in Temporal, or holding open rows in the table.
  const ids = new Set<string>();
  for await (const wf of client.workflow.list({
    query: `ExecutionStatus = 'Running' AND WorkflowType = 'bpmnProcess'`,
  }))
    ids.add(wf.workflowId);
  const openRows = await db.selectFrom('tasks').select('instance_id').distinct().where('status', '=', 'open').execute();
  for (const r of openRows) ids.add(r.instance_id);
  const instances = ids.size
    ? await db
        .selectFrom('process_instances')
        .select(['id', 'process_key', 'version', 'definition_id', 'business_key'])
        .where('id', 'in', [...ids])
        .execute()
    : [];
  const differences: Difference[] = [];
  let checked = 0;
  for (const instance of instances) {
    const handle = client.workflow.getHandle(instance.id);
    const description = await handle.describe().catch(() => undefined);
    const running = description?.status.name === 'RUNNING';
    const open: OpenTask[] = running ? (await handle.query(processStateQuery)).openTasks : [];
    checked++;
    const rows = await db
      .selectFrom('tasks')
      .selectAll()
      .where('instance_id', '=', instance.id)
      .where('status', '=', 'open')
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const task of open) {
      const row = byId.get(task.taskId);
      if (!row) {
        differences.push({ kind: 'missing', instanceId: instance.id, taskId: task.taskId });
        if (opts.repair) {
          await projection.openTask({
            ...task,
            workflowId: instance.id,
            runId: description?.runId ?? '',
            definitionId: instance.definition_id,
            processKey: instance.process_key,
            processVersion: instance.version,
            businessKey: instance.business_key ?? undefined,
          });
          // A retried open never reopens; a task missing because it was wrongly closed must be reopened.
          await db
            .updateTable('tasks')
            .set({ status: 'open', closed_at: null, completed_by: null })
            .where('id', '=', task.taskId)
            .execute();
        }
        continue;
      }
      for (const change of compare(row, task)) {
        differences.push({ kind: 'changed', instanceId: instance.id, taskId: task.taskId, ...change });
      }
      if (opts.repair && compare(row, task).length) {
        await db
          .updateTable('tasks')
          .set({
            assignee: task.assignee ?? null,
            owner: task.owner ?? null,
            candidate_users: JSON.stringify(task.candidateUsers ?? []),
            candidate_groups: JSON.stringify(task.candidateGroups ?? []),
            due_at: task.dueAt ? new Date(task.dueAt) : null,
          })
          .where('id', '=', task.taskId)
          .execute();
      }
      byId.delete(task.taskId);
    }
    for (const stale of byId.values()) {
      differences.push({ kind: 'stale', instanceId: instance.id, taskId: stale.id });
      if (opts.repair) {
        await db
          .updateTable('tasks')
          .set({ status: 'cancelled', closed_at: new Date() })
          .where('id', '=', stale.id)
          .execute();
      }
    }
  }
  for (const d of differences) log(`${opts.repair ? 'repaired' : 'found'} ${describe(d)}`);
  return { instancesChecked: checked, differences, repaired: opts.repair };
}

function compare(
  row: Selectable<TasksTable>,
  task: OpenTask,
): Array<{ field: string; table: unknown; workflow: unknown }> {
  const out: Array<{ field: string; table: unknown; workflow: unknown }> = [];
  const check = (field: string, table: unknown, workflow: unknown) => {
    if (JSON.stringify(table) !== JSON.stringify(workflow)) out.push({ field, table, workflow });
  };
  check('assignee', row.assignee, task.assignee ?? null);
  check('owner', row.owner, task.owner ?? null);
  check('candidateUsers', row.candidate_users, task.candidateUsers ?? []);
  check('candidateGroups', row.candidate_groups, task.candidateGroups ?? []);
  check('dueAt', row.due_at?.toISOString() ?? null, task.dueAt ? new Date(task.dueAt).toISOString() : null);
  return out;
}

function describe(d: Difference): string {
  if (d.kind === 'changed')
    return `task ${d.taskId} (${d.instanceId}): ${d.field} is ${JSON.stringify(d.table)} in the table, ${JSON.stringify(d.workflow)} in Temporal`;
  if (d.kind === 'missing') return `task ${d.taskId} (${d.instanceId}): open in Temporal, missing from the table`;
  return `task ${d.taskId} (${d.instanceId}): open in the table, not open in Temporal`;
}
