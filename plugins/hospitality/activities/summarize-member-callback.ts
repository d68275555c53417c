import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { HospitalityMemberCare } from '../../../forms/generated/hospitality/member-care.js';

export type CallbackCall = NonNullable<HospitalityMemberCare['callback']>['calls'][number];

export interface CallbackSummary {
  called: number;
  reached: number;
  /** reached / called, two decimals; 0 when nobody was on the list. */
  reachRate: number;
  satisfied: number;
  dissatisfied: number;
  /** Members who have not come back since joining (0 visits). */
  notReturned: number;
  totalSpend: number;
  abnormal: number;
  /** Abnormal clients must be reported to the superior (月工作重点 5: 及时报告上级). */
  needsReport: boolean;
}

/**
 * The monthly callback "以数据说话" (let the data speak, 月工作重点 3): the figures of the month's
 * calls, and whether abnormal clients must go to the superior (月工作重点 5).
 */
export function summarizeCallback(calls: readonly CallbackCall[]): CallbackSummary {
  const count = (p: (c: CallbackCall) => boolean) => calls.filter(p).length;
  const reached = count((c) => c.reached);
  const abnormal = count((c) => c.abnormal);
  return {
    called: calls.length,
    reached,
    reachRate: calls.length ? Math.round((reached / calls.length) * 100) / 100 : 0,
    satisfied: count((c) => c.reached && c.satisfaction === 'satisfied'),
    dissatisfied: count((c) => c.reached && c.satisfaction === 'dissatisfied'),
    notReturned: count((c) => c.visitsSinceJoining === 0),
    totalSpend: calls.reduce((sum, c) => sum + c.spendSinceJoining, 0),
    abnormal,
    needsReport: abnormal > 0,
  };
}

const count = { type: 'integer', minimum: 0 } as const;

/** `hospitality.summarizeMemberCallback@1`: the figures of one monthly callback to new members. */
export const summarizeMemberCallback = defineActivity({
  version: 1,
  description: {
    en: 'Summarises the monthly callback to new members in figures and flags abnormal clients for the superior.',
    'zh-CN': '汇总新会员月度回访数据（以数据说话），异常客户报告上级。',
  },
  input: {
    type: 'object',
    properties: {
      calls: {
        type: 'array',
        maxItems: 500,
        items: {
          type: 'object',
          properties: {
            memberName: { type: 'string' },
            phone: { type: 'string' },
            joinedOn: { type: 'string' },
            reached: { type: 'boolean' },
            satisfaction: { type: 'string', enum: ['satisfied', 'neutral', 'dissatisfied'] },
            visitsSinceJoining: { type: 'integer', minimum: 0 },
            spendSinceJoining: { type: 'number', minimum: 0 },
            abnormal: { type: 'boolean' },
            causeAnalysis: { type: 'string' },
            solution: { type: 'string' },
            note: { type: 'string' },
          },
          required: ['memberName', 'joinedOn', 'reached', 'visitsSinceJoining', 'spendSinceJoining', 'abnormal'],
          additionalProperties: false,
        },
      },
    },
    required: ['calls'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      called: count,
      reached: count,
      reachRate: { type: 'number', minimum: 0, maximum: 1 },
      satisfied: count,
      dissatisfied: count,
      notReturned: count,
      totalSpend: { type: 'number', minimum: 0 },
      abnormal: count,
      needsReport: { type: 'boolean' },
    },
    required: [
      'called',
      'reached',
      'reachRate',
      'satisfied',
      'dissatisfied',
      'notReturned',
      'totalSpend',
      'abnormal',
      'needsReport',
    ],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    const summary = summarizeCallback(input.calls);
    ctx.logger.info('member callback summarised', { ...summary });
    return summary;
  },
});
