/**
 * A task step, completed the way the API completes a task: the data is validated against the
 * task's form at that step first (a golden run whose data the form would reject fails here),
 * then sent through `completeTaskUpdate`. The task may belong to the started instance or to an
 * instance it called (a call activity); the run's inbox says which.
 */
import type { WorkflowHandle } from '@temporalio/client';
import { validateSubmission } from '../../forms/index.js';
import {
  completeTaskUpdate,
  processStateQuery,
  sendBackTaskUpdate,
  type OpenTask,
  type ProcessState,
} from '../../workflow/messages.js';
import { summary } from './golden-driver.js';
import type { SendBackStep, TaskStep } from './golden-run-format.js';
import type { StepContext } from './golden-steps.js';

interface FoundTask {
  task: OpenTask;
  handle: WorkflowHandle;
}

export async function completeTask(step: TaskStep, where: string, ctx: StepContext): Promise<void> {
  const { driver, forms } = ctx;
  const { task, handle } = await driver.waitFor(where, `task ${step.task} to open`, (state) =>
    findTask(state, step.task, where, ctx),
  );
  if (step.expectAssignee !== undefined && task.assignee !== step.expectAssignee) {
    driver.fail(where, `expected assignee "${step.expectAssignee}", got ${JSON.stringify(task.assignee ?? null)}`);
  }
  if (step.expectCandidateGroups) {
    const got = [...(task.candidateGroups ?? [])].sort();
    const want = [...step.expectCandidateGroups].sort();
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      driver.fail(where, `expected candidate groups [${want.join(', ')}], got [${got.join(', ')}]`);
    }
  }
  let data = step.complete.data;
  if (task.formId) {
    if (!forms.has(task.formId)) driver.fail(where, `the task's form "${task.formId}" is not known`);
    const result = validateSubmission(forms.compiled(task.formId), task.nodeId, data, 'en', {
      current: task.input ?? {},
    });
    if (!result.ok) {
      const errors = result.errors.map((e) => `${e.pointer || '/'} ${e.code}: ${e.message}`);
      driver.fail(where, `form "${task.formId}" rejects the data:\n  ${errors.join('\n  ')}`);
    }
    data = result.data;
  }
  const outcome = step.complete.outcome !== undefined ? { outcome: step.complete.outcome } : {};
  try {
    await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: task.taskId, data, actor: step.actor ?? ctx.actor, ...outcome }],
    });
  } catch (err) {
    driver.fail(where, `the process refused the completion: ${causeOf(err)}`);
  }
  await driver.settle(where);
}

/** 退回, the way `POST /api/tasks/:id/send-back` does it: only to one of the task's send-back targets. */
export async function sendBackTask(step: SendBackStep, where: string, ctx: StepContext): Promise<void> {
  const { driver } = ctx;
  const { task: nodeId, to, reason, actor } = step.sendBack;
  const { task, handle } = await driver.waitFor(where, `task ${nodeId} to open`, (state) =>
    findTask(state, nodeId, where, ctx),
  );
  const targets = task.sendBackTargets ?? [];
  if (!targets.includes(to)) {
    driver.fail(where, `${nodeId} cannot be sent back to ${to}; its targets are [${targets.join(', ')}]`);
  }
  try {
    await handle.executeUpdate(sendBackTaskUpdate, {
      args: [{ taskId: task.taskId, targetNodeId: to, actor: actor ?? ctx.actor, ...(reason ? { reason } : {}) }],
    });
  } catch (err) {
    driver.fail(where, `the process refused the send-back: ${causeOf(err)}`);
  }
  await driver.settle(where);
}

/** The open task at `nodeId`; fails early when the started instance can no longer get there. */
async function findTask(
  state: ProcessState,
  nodeId: string,
  where: string,
  ctx: StepContext,
): Promise<FoundTask | undefined> {
  const { driver } = ctx;
  const own = state.openTasks.find((t) => t.nodeId === nodeId);
  if (own) return { task: own, handle: driver.handle };
  for (const record of ctx.inbox
    .open()
    .filter((t) => t.nodeId === nodeId && t.workflowId !== driver.handle.workflowId)) {
    // The inbox may lag behind the instance; the called instance's own state decides.
    const handle = ctx.env.client.workflow.getHandle(record.workflowId);
    const child = await handle.query(processStateQuery).catch(() => undefined);
    const task = child?.openTasks.find((t) => t.taskId === record.taskId);
    if (task) return { task, handle };
  }
  if (state.status !== 'running' || state.incidents.some((i) => !ctx.expectedIncidents.has(i.incidentId))) {
    driver.fail(where, `task ${nodeId} cannot open any more: ${summary(state)}`);
  }
  return undefined;
}

function causeOf(err: unknown): string {
  const e = err as { message?: string; cause?: { message?: string; type?: string } };
  return e.cause?.message ? `${e.cause.type ? `${e.cause.type}: ` : ''}${e.cause.message}` : String(e.message ?? err);
}
