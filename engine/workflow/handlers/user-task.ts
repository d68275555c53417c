import { CancellationScope, condition, isCancellation, patched, uuid4, workflowInfo } from '@temporalio/workflow';
import type { UserTaskNode } from '../../graph/index.js';
import type { Engine } from '../engine.js';
import type { TaskEntry, TokenState } from '../engine-state.js';
import type { OpenTask } from '../messages.js';
import { addIsoDuration } from '../timers.js';
import { applyResult, resolveValue } from '../variables.js';
import { type NodeHandler, type NodeOutcome, complete, parked } from './node-handler.js';

/**
 * A user task: opens an inbox task (engine.openTask), waits for the completeTask update,
 * closes it (engine.closeTask) and merges the form data (plus `outcome`) through the output
 * mappings, or whole. Interrupted or cancelled tasks are closed with that reason.
 */
export const userTaskHandler: NodeHandler<UserTaskNode> = async ({ engine, token, node }) => {
  if (!token.done) {
    let taskId = token.wait?.kind === 'task' && engine.tasks.get(token.wait.taskId) ? token.wait.taskId : undefined;
    try {
      taskId ??= await open(engine, token, node);
      const entry = engine.tasks.get(taskId);
      await condition(() => entry?.completion !== undefined || engine.draining);
    } catch (err) {
      // Interrupted (boundary, terminate, event sub-process) or cancelled: the inbox must know.
      const opened = token.wait?.kind === 'task' ? token.wait.taskId : undefined;
      if (isCancellation(err) && opened) await closeAfterCancel(engine, opened);
      throw err;
    }
    const entry = engine.tasks.get(taskId);
    const completion = entry?.completion;
    if (!completion) return parked;
    if (completion.sendBackTo) return sendBack(engine, taskId, node, completion);
    // The completion was accepted: it wins over an interrupt arriving while the inbox is updated.
    await CancellationScope.nonCancellable(() =>
      engine.activities.engine['engine.closeTask']({
        taskId,
        reason: 'completed',
        completedBy: completion.actor,
        data: completion.data,
        ...(completion.outcome !== undefined ? { outcome: completion.outcome } : {}),
      }),
    );
    const result = {
      taskId,
      nodeId: node.id,
      outcome: completion.outcome,
      completedBy: completion.actor,
      completedAt: completion.at,
    };
    engine.tasks.remove(taskId, result, completion.updateId);
    token.done = {
      value: { ...completion.data, ...(completion.outcome !== undefined ? { outcome: completion.outcome } : {}) },
    };
  }
  applyResult(engine, token, node, token.done.value);
  return complete;
};

async function open(engine: Engine, token: TokenState, node: UserTaskNode): Promise<string> {
  const text = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
  const list = (v: unknown) =>
    v === null || v === undefined
      ? undefined
      : Array.isArray(v)
        ? v.map(String)
        : String(v)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
  const due = node.dueDate ? text(resolveValue(engine, token, node.dueDate)) : undefined;
  const task: OpenTask = {
    taskId: uuid4(),
    nodeId: node.id,
    createdAt: engine.nowIso(),
    ...(node.name ? { name: node.name } : {}),
    ...(node.form
      ? { formId: node.form.id, ...(node.form.version !== undefined ? { formVersion: node.form.version } : {}) }
      : {}),
    ...(node.assignee ? { assignee: text(resolveValue(engine, token, node.assignee)) } : {}),
    ...(node.candidateUsers ? { candidateUsers: list(resolveValue(engine, token, node.candidateUsers)) } : {}),
    ...(node.candidateGroups ? { candidateGroups: list(resolveValue(engine, token, node.candidateGroups)) } : {}),
    ...(due ? { dueAt: dueAtIso(engine, due) } : {}),
    ...(node.priority !== undefined ? { priority: node.priority } : {}),
    ...(node.outcomes?.length ? { outcomes: [...node.outcomes] } : {}),
    ...(node.sendBackTargets?.length ? { sendBackTargets: [...node.sendBackTargets] } : {}),
    ...(token.locals ? { input: token.locals } : {}),
  };
  // Added after histories were recorded: older runs replay without the directory call.
  if (patched('assignment-resolution-v1')) await resolveAssignment(engine, task);
  engine.tasks.add(task, token.id);
  token.wait = { kind: 'task', taskId: task.taskId };
  const info = workflowInfo();
  await engine.activities.engineOrdered['engine.openTask']({
    ...task,
    workflowId: info.workflowId,
    runId: info.runId,
    definitionId: engine.input.definitionId,
    processKey: engine.input.processKey,
    processVersion: engine.input.version,
    ...(engine.input.businessKey ? { businessKey: engine.input.businessKey } : {}),
  });
  return task.taskId;
}

/** A due date is an ISO duration from now or an ISO date-time. */
function dueAtIso(engine: Engine, due: string): string {
  const fromDuration = addIsoDuration(engine.now(), due);
  return fromDuration !== undefined ? new Date(fromDuration).toISOString() : due;
}

async function closeAfterCancel(engine: Engine, taskId: string): Promise<void> {
  const reason = engine.cancelling ? 'cancelled' : 'interrupted';
  await CancellationScope.nonCancellable(() => engine.activities.engine['engine.closeTask']({ taskId, reason }));
  engine.tasks.remove(taskId);
}

/** 退回: closes the task as sent back and moves the token to the earlier user task. */
async function sendBack(
  engine: Engine,
  taskId: string,
  node: UserTaskNode,
  completion: NonNullable<TaskEntry['completion']>,
): Promise<NodeOutcome> {
  const target = completion.sendBackTo as string;
  await CancellationScope.nonCancellable(() =>
    engine.activities.engine['engine.closeTask']({ taskId, reason: 'sentBack', completedBy: completion.actor }),
  );
  engine.tasks.remove(
    taskId,
    { taskId, nodeId: node.id, completedBy: completion.actor, completedAt: completion.at },
    completion.updateId,
  );
  return { kind: 'jump', nodeId: target };
}

/** Org rules (@supervisor, @head…) and the no-one-matches fallback, resolved by the host. */
async function resolveAssignment(engine: Engine, task: OpenTask): Promise<void> {
  const resolved = await engine.activities.localDirectory['engine.resolveAssignment']({
    processKey: engine.input.processKey,
    nodeId: task.nodeId,
    ...(engine.input.startedBy ? { startedBy: engine.input.startedBy } : {}),
    ...(task.assignee ? { assignee: task.assignee } : {}),
    ...(task.candidateUsers ? { candidateUsers: task.candidateUsers } : {}),
    ...(task.candidateGroups ? { candidateGroups: task.candidateGroups } : {}),
  });
  for (const field of ['assignee', 'candidateUsers', 'candidateGroups'] as const) {
    if (resolved[field] === undefined || (Array.isArray(resolved[field]) && resolved[field].length === 0))
      delete task[field];
  }
  if (resolved.assignee) task.assignee = resolved.assignee;
  if (resolved.candidateUsers?.length) task.candidateUsers = resolved.candidateUsers;
  if (resolved.candidateGroups?.length) task.candidateGroups = resolved.candidateGroups;
}
