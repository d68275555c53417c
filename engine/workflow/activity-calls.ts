import {
  ActivityCancellationType,
  ActivityFailure,
  ApplicationFailure,
  isCancellation,
  proxyActivities,
  proxyLocalActivities,
} from '@temporalio/workflow';
import type { EngineActivityFunctions } from '../activities/engine-activities.js';
import type { ActivityOptions } from '../graph/index.js';
import { BpmnError, IncidentError } from './errors.js';
import { isoDurationMs } from './timers.js';

type AnyActivity = (input: unknown) => Promise<unknown>;

/** Temporal accepts "30s"-style strings; the graph may also carry ISO 8601 ("PT30S"). */
function toDuration(value: string): string | number {
  return value.startsWith('P') ? (isoDurationMs(value) ?? value) : value;
}

/**
 * Activity calls of the interpreter. Engine activities (inbox, definitions) retry without
 * limit: an unreachable database must delay the process, never fail or incident it.
 */
export class ActivityCalls {
  readonly engine = proxyActivities<EngineActivityFunctions>({
    startToCloseTimeout: '1 minute',
    retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1 minute' },
  });

  /** openTask must finish before a closeTask can follow it, even when the user task is interrupted. */
  readonly engineOrdered = proxyActivities<EngineActivityFunctions>({
    startToCloseTimeout: '1 minute',
    retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1 minute' },
    cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
  });

  /**
   * Yields the workflow task between slices of an in-memory loop. A local activity resolves
   * in-process within milliseconds; a 1 ms timer took 0.5-0.9 s per round trip on the dev server.
   */
  readonly local = proxyLocalActivities<Pick<EngineActivityFunctions, 'engine.yield'>>({
    startToCloseTimeout: '10 seconds',
  });

  /** Org-rule resolution reads the directory: local (fast) but retried like the inbox calls. */
  readonly localDirectory = proxyLocalActivities<Pick<EngineActivityFunctions, 'engine.resolveAssignment'>>({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30 seconds' },
  });

  /**
   * Runs a service-task activity. A non-retryable ApplicationFailure with a type is a BPMN
   * error (routed to error boundaries); exhausted retries and timeouts become incidents.
   */
  async run(
    activityType: string,
    taskQueue: string | undefined,
    options: ActivityOptions,
    input: unknown,
  ): Promise<unknown> {
    const proxy = proxyActivities<Record<string, AnyActivity>>({
      ...(taskQueue ? { taskQueue } : {}),
      startToCloseTimeout: toDuration(options.startToCloseTimeout),
      retry: {
        maximumAttempts: options.maximumAttempts,
        initialInterval: toDuration(options.initialInterval),
        backoffCoefficient: options.backoffCoefficient,
      },
    });
    try {
      return await (proxy[activityType] as AnyActivity)(input);
    } catch (err) {
      throw classifyActivityFailure(activityType, err);
    }
  }
}

export function classifyActivityFailure(activityType: string, err: unknown): unknown {
  if (isCancellation(err)) return err;
  const cause = err instanceof ActivityFailure ? err.cause : err;
  if (cause instanceof ApplicationFailure && cause.nonRetryable && cause.type) {
    return new BpmnError(cause.type, cause.message);
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  return new IncidentError('activity', `${activityType} failed: ${message}`);
}
