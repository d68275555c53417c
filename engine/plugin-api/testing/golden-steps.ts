/**
 * What each step of a golden run does (task steps are in golden-task-step.ts): skip time,
 * deliver a message, wait for an incident. Each waits for the instance to settle around it.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { InMemoryTaskStore } from '../../activities/index.js';
import { messageSignal } from '../../workflow/messages.js';
import type { FormLibrary } from './form-library.js';
import type { GoldenDriver } from './golden-driver.js';
import type { AdvanceStep, ExpectIncidentStep, GoldenRunStep, MessageStep } from './golden-run-format.js';
import { completeTask, sendBackTask } from './golden-task-step.js';
import { isoDurationToMs } from './iso-duration.js';

export interface StepContext {
  driver: GoldenDriver;
  env: TestWorkflowEnvironment;
  forms: FormLibrary;
  /** Default actor: `start.startedBy`, else `golden-run`. */
  actor: string;
  /** Incidents an `expectIncident` step has seen: they do not fail later steps. */
  expectedIncidents: Set<string>;
  /** The run's inbox: tasks of instances the started one called, too. */
  inbox: InMemoryTaskStore;
}

export async function runStep(step: GoldenRunStep, index: number, ctx: StepContext): Promise<void> {
  if ('task' in step) return completeTask(step, `step ${index + 1} (task ${step.task})`, ctx);
  if ('sendBack' in step) {
    return sendBackTask(step, `step ${index + 1} (sendBack ${step.sendBack.task} → ${step.sendBack.to})`, ctx);
  }
  if ('advance' in step) return advance(step, `step ${index + 1} (advance ${step.advance})`, ctx);
  if ('message' in step) return sendMessage(step, `step ${index + 1} (message ${step.message.name})`, ctx);
  return expectIncident(step, `step ${index + 1} (expectIncident ${step.expectIncident})`, ctx);
}

async function advance(step: AdvanceStep, where: string, { driver, env }: StepContext): Promise<void> {
  const ms = isoDurationToMs(step.advance);
  if (ms === undefined)
    driver.fail(where, 'advance takes an ISO 8601 duration in weeks, days, hours, minutes or seconds');
  await driver.settle(where);
  await env.sleep(ms);
  await driver.settle(where);
}

async function sendMessage(step: MessageStep, where: string, { driver }: StepContext): Promise<void> {
  const { name, correlationKey, payload } = step.message;
  await driver.settle(where);
  await driver.handle.signal(messageSignal, {
    messageName: name,
    ...(correlationKey !== undefined ? { correlationKey } : {}),
    ...(payload ? { payload } : {}),
  });
  await driver.settle(where);
}

async function expectIncident(step: ExpectIncidentStep, where: string, ctx: StepContext): Promise<void> {
  const { driver, env } = ctx;
  // Retries wait out their backoff on the server's clock; skip it in 1 s steps while waiting.
  const incident = await driver.waitFor(
    where,
    `an incident at ${step.expectIncident}`,
    (state) => state.incidents.find((i) => i.nodeId === step.expectIncident),
    () => env.sleep(1000),
  );
  ctx.expectedIncidents.add(incident.incidentId);
}
