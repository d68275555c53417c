/**
 * What both sides of the engine benchmark agree on. Imported by the workflow bundle, so it
 * holds plain data and message definitions only (no Node, no engine/activities).
 */
import { defineSignal } from '@temporalio/workflow';

/** Service tasks in the straight-through process. */
export const STEPS = 10;

/** The activity every step calls (a registered core activity: returns its input). */
export const ECHO_ACTIVITY = 'core.echo@1';

/**
 * The options the compiler copies into the graph for `core.echo@1` (the core catalog's
 * defaults). run.ts checks the compiled graph carries exactly these, so the hand-written
 * workflow calls the activity the same way the interpreter does.
 */
export const ECHO_OPTIONS = {
  startToCloseTimeout: '30s',
  maximumAttempts: 3,
  initialInterval: '1s',
  backoffCoefficient: 2,
} as const;

/** Input of the hand-written workflows: the process variables, as `ProcessInput.variables`. */
export interface HandWrittenInput {
  variables: Record<string, unknown>;
}

/** Same shape as the interpreter's `ProcessResult`, so results compare directly. */
export interface HandWrittenResult {
  status: 'completed';
  variables: Record<string, unknown>;
}

/** Releases a `handWrittenWaiting` run (the hand-written stand-in for completing a user task). */
export const releaseSignal = defineSignal<[Record<string, unknown>]>('release');
