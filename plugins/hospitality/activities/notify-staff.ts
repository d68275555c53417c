import { defineActivity } from '../../../engine/plugin-api/index.js';

/** Distinct, non-empty usernames; a service task may map variables that are not set (null). */
export function recipients(to: ReadonlyArray<string | null>): string[] {
  return [...new Set(to.map((u) => (u ?? '').trim()).filter(Boolean))];
}

/**
 * `hospitality.notifyStaff@1`: an in-app notification to the people a process knows by name (the
 * duty manager, the customer manager, the superior). Unlike `core.notify@1` it accepts unset
 * recipients and then only logs, so a reminder never stops a process in an incident.
 */
export const notifyStaff = defineActivity({
  version: 1,
  description: {
    en: 'Notifies named staff (unset recipients are skipped; with none, the message is only logged).',
    'zh-CN': '通知指定员工（未设置的接收人略过；无人时只记日志）。',
  },
  input: {
    type: 'object',
    properties: {
      to: { type: 'array', maxItems: 20, items: { type: ['string', 'null'], maxLength: 100 } },
      message: { type: 'string', minLength: 1, maxLength: 1000 },
      kind: { type: 'string', minLength: 1, maxLength: 100 },
    },
    required: ['to', 'message', 'kind'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: { notified: { type: 'array', items: { type: 'string' } } },
    required: ['notified'],
    additionalProperties: false,
  },
  timeout: '30s',
  async execute(input, ctx) {
    const usernames = recipients(input.to);
    if (usernames.length === 0) {
      ctx.logger.warn('notification without recipients', { kind: input.kind, message: input.message });
      return { notified: [] };
    }
    await ctx.notifier.notify(usernames, { kind: input.kind, message: input.message, instanceId: ctx.call.workflowId });
    return { notified: usernames };
  },
});
