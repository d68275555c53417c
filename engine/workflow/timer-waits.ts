import { condition, sleep } from '@temporalio/workflow';
import type { TimerDefinition } from '../graph/index.js';
import type { Engine } from './engine.js';
import type { TimerProgress } from './engine-state.js';
import { IncidentError } from './errors.js';
import { evaluateFeel } from './feel.js';
import { firstDueAt, nextCycleDueAt } from './timers.js';
import { visibleVariables } from './variables.js';

/** The timer's ISO text: a literal from the diagram, or a FEEL result (durations and dates print as ISO). */
export function resolveTimerText(
  engine: Engine,
  timer: TimerDefinition,
  scopeId: string,
  locals?: Record<string, unknown>,
): string {
  if ('literal' in timer.value) return timer.value.literal;
  const value = evaluateFeel(timer.value.feel, visibleVariables(engine, scopeId, locals), engine.now());
  if (typeof value !== 'string')
    throw new IncidentError('timer', `timer expression ${timer.value.feel} gave ${JSON.stringify(value)}`);
  return value;
}

/** Computes a timer's first due time on the workflow clock. */
export function armTimer(
  engine: Engine,
  timer: TimerDefinition,
  scopeId: string,
  locals?: Record<string, unknown>,
): TimerProgress {
  const text = resolveTimerText(engine, timer, scopeId, locals);
  return {
    dueAt: firstDueAt(timer.kind, text, engine.now()),
    fired: 0,
    ...(timer.kind === 'cycle' ? { cycle: text } : {}),
  };
}

/** Records a firing: a cycle moves to its next due time, anything else is exhausted (-1). */
export function advanceTimer(progress: TimerProgress): void {
  progress.fired += 1;
  progress.dueAt = progress.cycle ? (nextCycleDueAt(progress.cycle, progress.dueAt, progress.fired) ?? -1) : -1;
}

/** Sleeps until `dueAt` (a durable Temporal timer; cancellable with the current scope). */
export async function sleepUntil(engine: Engine, dueAt: number): Promise<void> {
  const ms = dueAt - engine.now();
  if (ms > 0) await sleep(ms);
}

/** Waits until `dueAt` unless `stop()` turns true first; resolves to whether the time came. */
export async function waitUntilDue(engine: Engine, dueAt: number, stop: () => boolean): Promise<boolean> {
  const ms = dueAt - engine.now();
  if (ms <= 0) return true;
  const stopped = await condition(stop, ms);
  return !stopped;
}
