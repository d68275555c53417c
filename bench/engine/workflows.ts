/**
 * The hand-written workflows the interpreter is measured against (path b), and the entry of
 * their bundle. Runs in Temporal's sandbox.
 *
 * Deliberately not in the interpreter's bundle: the SDK instantiates a bundle's workflow
 * modules once per run (only `preloadModules` are shared), so a hand-written run in a bundle
 * that also holds `bpmnProcess` pays for instantiating the whole interpreter and feelin.
 * combined.ts is that single bundle, for `--one-bundle`; see docs/benchmarks.md.
 */
import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  ECHO_ACTIVITY,
  ECHO_OPTIONS,
  type HandWrittenInput,
  type HandWrittenResult,
  releaseSignal,
  STEPS,
} from './shared.js';

type Echo = Record<typeof ECHO_ACTIVITY, (input: Record<string, unknown>) => Promise<unknown>>;

// Same options as the interpreter builds from the graph (activity-calls.ts `run`).
const echo = proxyActivities<Echo>({
  startToCloseTimeout: ECHO_OPTIONS.startToCloseTimeout,
  retry: {
    maximumAttempts: ECHO_OPTIONS.maximumAttempts,
    initialInterval: ECHO_OPTIONS.initialInterval,
    backoffCoefficient: ECHO_OPTIONS.backoffCoefficient,
  },
})[ECHO_ACTIVITY];

/**
 * The 10-step process written by hand: each step gets every variable and merges the fields
 * of a plain-object result back, which is what a service task without mappings does.
 */
export async function handWrittenTenSteps(input: HandWrittenInput): Promise<HandWrittenResult> {
  const variables: Record<string, unknown> = { ...input.variables };
  for (let step = 0; step < STEPS; step++) {
    const result = await echo({ ...variables });
    if (isPlainRecord(result)) Object.assign(variables, result);
  }
  return { status: 'completed', variables };
}

/** Waits for `releaseSignal`: the memory baseline for an instance parked on a user task. */
export async function handWrittenWaiting(input: HandWrittenInput): Promise<HandWrittenResult> {
  let data: Record<string, unknown> | undefined;
  setHandler(releaseSignal, (d) => void (data = d));
  await condition(() => data !== undefined);
  return { status: 'completed', variables: { ...input.variables, ...data } };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
