import { defineActivity } from '__REPO__/engine/plugin-api/index.js';

/**
 * `__ID__.scoreRequest@1`: rates a service request by its amount, so large ones get a closer
 * look. The input and output schemas are checked at the boundary and type the handler.
 */
export const scoreRequest = defineActivity({
  version: 1,
  description: {
    en: 'Scores a service request: high priority from 1000 upwards.',
    'zh-CN': '为服务请求评分：金额 1000 及以上为高优先级。',
  },
  input: {
    type: 'object',
    properties: {
      customer: { type: 'string', minLength: 1, maxLength: 200 },
      amount: { type: 'number', minimum: 0 },
    },
    required: ['customer', 'amount'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      priority: { type: 'string', enum: ['normal', 'high'] },
      scoredAt: { type: 'string', format: 'date-time' },
    },
    required: ['priority', 'scoredAt'],
    additionalProperties: false,
  },
  timeout: '10s',
  retry: { maximumAttempts: 3 },
  async execute(input, ctx) {
    const priority = input.amount >= 1000 ? 'high' : 'normal';
    ctx.logger.info('request scored', { customer: input.customer, priority });
    return { priority, scoredAt: ctx.clock.now().toISOString() };
  },
});
