import { ApplicationFailure } from '@temporalio/activity';
import type { CoreActivityDefinition } from './core-activity.js';

/** Input of `core.notify@1`, typically mapped from process variables by the service task. */
export interface NotifyInput {
  /** Usernames, or one comma-separated string of them. */
  to: string[] | string;
  message: string;
  /** Free-form kind shown in the inbox, e.g. `sla.reminder` or `sla.escalated`. */
  kind?: string;
  instanceId?: string;
  taskId?: string;
}

/**
 * `core.notify@1`: tells people something through the host's notifier (in-app first; email or
 * SMS when a plugin adds a channel). SLA reminders and escalations call it from boundary timers.
 */
export const notifyActivity: CoreActivityDefinition = {
  name: 'notify',
  major: 1,
  description: 'Sends a notification to users (SLA reminders, escalations, hand-offs).',
  create: (deps) => async (input: unknown) => {
    const { to, message, kind = 'process.notice', instanceId, taskId } = (input ?? {}) as NotifyInput;
    const usernames = (Array.isArray(to) ? to : String(to ?? '').split(','))
      .map((u) => String(u).trim())
      .filter(Boolean);
    if (usernames.length === 0 || typeof message !== 'string' || message.length === 0) {
      throw ApplicationFailure.nonRetryable(
        'core.notify@1 needs `to` (usernames) and a `message`',
        'WF_ERR_NOTIFY_INVALID',
      );
    }
    if (!deps.notifier) {
      deps.logger.warn('notification without a notifier', { usernames, kind, message });
      return { notified: [] };
    }
    await deps.notifier.notify(usernames, { kind, message, instanceId, taskId });
    return { notified: usernames };
  },
};
