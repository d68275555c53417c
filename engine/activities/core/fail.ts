import { ApplicationFailure, Context } from '@temporalio/activity';
import type { CoreActivityDefinition } from './core-activity.js';

export interface FailInput {
  /** Fail this many times, then succeed. Counted per `key` when given (across reschedules), else per attempt. */
  failTimes?: number;
  key?: string;
  /** Fail with a business error of this type instead (non-retryable; caught by error boundaries). */
  errorCode?: string;
  message?: string;
}

/** `core.fail@1`: fails on purpose, for incident and error-boundary tests and demos. */
export const failActivity: CoreActivityDefinition = {
  name: 'fail',
  major: 1,
  description: 'Fails N times then succeeds, or fails with a business error code.',
  create: () => {
    // Per worker process: lets a test make an activity fail until an incident is retried.
    const calls = new Map<string, number>();
    return async (input: unknown) => {
      const { failTimes = 0, key, errorCode, message } = (input ?? {}) as FailInput;
      if (errorCode) throw ApplicationFailure.nonRetryable(message ?? `business error ${errorCode}`, errorCode);
      const count = key ? (calls.get(key) ?? 0) + 1 : Context.current().info.attempt;
      if (key) calls.set(key, count);
      if (count <= failTimes)
        throw ApplicationFailure.retryable(message ?? `planned failure ${count}/${failTimes}`, 'PlannedFailure');
      return { attempts: count };
    };
  },
};
