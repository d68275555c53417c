/**
 * Builds the `ActivityContext` of one call from the host's dependencies. Temporal details
 * (attempt, heartbeat, cancellation) come from the activity's own Temporal context when the
 * call runs inside a worker, and fall back to harmless defaults when it does not.
 */
import { Context } from '@temporalio/activity';
import type {
  ActivityCallInfo,
  ActivityContext,
  Clock,
  PluginActivityDeps,
  PluginLogger,
  PluginSecrets,
} from './activity-context.js';

export const systemClock: Clock = { now: () => new Date() };

/** The pieces that stay the same for every call of one plugin. */
export interface PluginScope {
  deps: PluginActivityDeps;
  secrets: PluginSecrets;
}

export function buildActivityContext(
  call: Omit<ActivityCallInfo, 'attempt' | 'workflowId'>,
  scope: PluginScope,
): ActivityContext {
  const temporal = currentTemporalContext();
  const info: ActivityCallInfo = {
    ...call,
    ...(temporal ? { attempt: temporal.info.attempt } : {}),
    ...(temporal?.info.workflowExecution ? { workflowId: temporal.info.workflowExecution.workflowId } : {}),
  };
  return {
    call: info,
    notifier: scope.deps.notifier,
    blobStore: scope.deps.blobStore,
    clock: scope.deps.clock ?? systemClock,
    logger: withFields(scope.deps.logger, {
      plugin: info.pluginId,
      activity: info.activityType,
      ...(info.workflowId ? { workflowId: info.workflowId } : {}),
    }),
    secrets: scope.secrets,
    heartbeat: (details) => temporal?.heartbeat(details),
    signal: temporal?.cancellationSignal ?? new AbortController().signal,
  };
}

function currentTemporalContext(): Context | undefined {
  try {
    return Context.current();
  } catch {
    // Called directly (a unit test, a script): there is no Temporal activity around this call.
    return undefined;
  }
}

function withFields(logger: PluginLogger, base: Record<string, unknown>): PluginLogger {
  return {
    info: (message, fields) => logger.info(message, { ...base, ...fields }),
    warn: (message, fields) => logger.warn(message, { ...base, ...fields }),
    error: (message, fields) => logger.error(message, { ...base, ...fields }),
  };
}
