import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { BankingQueueObservation } from '../../../forms/generated/index.js';
import { QUEUE_RULES, type EscalationTarget, type QueueArea } from '../data/queue-rules.js';
import { isoMinutes } from './time.js';
import { TEXT } from './schemas.js';

export type QueueObservation = BankingQueueObservation['observation'];
export type QueueLevel = 'normal' | 'heavyFlow' | 'projectedBreach' | 'breach';

export interface QueueAssessment {
  area: QueueArea;
  level: QueueLevel;
  escalate: boolean;
  escalateTo: EscalationTarget | 'none';
  maxWaitMinutes: number;
  longestWaitMinutes: number;
  /** Wait of a customer who takes a ticket now: ⌈waiting / open windows⌉ × average minutes; -1 when no window is open. */
  projectedWaitMinutes: number;
  /** Minutes before the longest-waiting customer reaches the limit (0 when already over). */
  minutesLeft: number;
  /** `minutesLeft` as an ISO duration: the due time of the emergency plan. */
  planDue: string;
  /** When the queue is measured again after the plan: the limit itself (a customer arriving as the plan starts must be served within it). */
  recheckAfter: string;
  reasons: Array<{ code: string; 'zh-CN': string; en: string }>;
  action: { 'zh-CN': string; en: string };
  source: string;
}

/**
 * Decides whether a queue is escalated (digest §2.1.2 B). The one number in the seeds is the
 * counter's limit: the longest wait must not exceed 20 minutes (004 二、營業過程中 6, L40); heavy
 * flow or a wait that is too long is reported at once. A queue is escalated when
 * - the longest wait is already over the limit (`breach`), or
 * - a customer taking a ticket now would wait longer than the limit at the current pace
 *   (`projectedBreach`: ⌈waiting ÷ open windows⌉ × average service minutes), or no window is open
 *   while customers wait, or
 * - the observer judges the flow heavy / the queue severe (`heavyFlow`, 003 第二十三条 严重排队).
 * The report goes to the superior in the banking hall (003 第二十三条, L113) and to the counter
 * supervisor at the counter (004 L40).
 */
export function assessQueue(area: QueueArea, o: QueueObservation): QueueAssessment {
  const limit = QUEUE_RULES.maxWaitMinutes;
  const rule = QUEUE_RULES.areas[area];
  if (o.openWindows > o.totalWindows)
    throw new RangeError(`${o.openWindows} windows open, but the hall has ${o.totalWindows}`);
  const noWindow = o.openWindows === 0 && o.waitingCustomers > 0;
  const projected =
    o.waitingCustomers === 0
      ? 0
      : noWindow
        ? -1
        : Math.ceil(o.waitingCustomers / o.openWindows) * o.averageServiceMinutes;
  const reasons: QueueAssessment['reasons'] = [];
  if (o.longestWaitMinutes > limit) {
    reasons.push({
      code: 'waitOverLimit',
      'zh-CN': `客户最长已等待${o.longestWaitMinutes}分钟，超过${limit}分钟`,
      en: `A customer has waited ${o.longestWaitMinutes} minutes, over the ${limit}-minute limit`,
    });
  }
  if (noWindow) {
    reasons.push({
      code: 'noWindowOpen',
      'zh-CN': `${o.waitingCustomers}位客户等候，无窗口开放`,
      en: `${o.waitingCustomers} customers waiting and no window open`,
    });
  } else if (projected > limit) {
    reasons.push({
      code: 'projectedOverLimit',
      'zh-CN': `按当前${o.openWindows}个窗口、每位${o.averageServiceMinutes}分钟，新取号客户预计等待${projected}分钟，超过${limit}分钟`,
      en: `With ${o.openWindows} windows at ${o.averageServiceMinutes} minutes a customer, a new ticket waits about ${projected} minutes, over ${limit}`,
    });
  }
  if (o.heavyFlow) {
    reasons.push({ code: 'heavyFlow', 'zh-CN': '客流量较大，出现严重排队', en: 'Heavy customer flow, severe queue' });
  }
  const codes = new Set(reasons.map((r) => r.code));
  const level: QueueLevel = codes.has('waitOverLimit')
    ? 'breach'
    : codes.has('projectedOverLimit') || codes.has('noWindowOpen')
      ? 'projectedBreach'
      : codes.has('heavyFlow')
        ? 'heavyFlow'
        : 'normal';
  const escalate = level !== 'normal';
  const minutesLeft = Math.max(0, limit - o.longestWaitMinutes);
  return {
    area,
    level,
    escalate,
    escalateTo: escalate ? rule.reportTo : 'none',
    maxWaitMinutes: limit,
    longestWaitMinutes: o.longestWaitMinutes,
    projectedWaitMinutes: projected,
    minutesLeft,
    planDue: isoMinutes(minutesLeft),
    recheckAfter: isoMinutes(limit),
    reasons,
    action: escalate ? rule.action : { 'zh-CN': '继续关注客流', en: 'Keep watching the customer flow' },
    source: escalate ? rule.source : QUEUE_RULES.maxWaitSource,
  };
}

/** `banking.assessQueue@1`: whether a queue observation is escalated, to whom, and by when. */
export const assessQueueActivity = defineActivity({
  version: 1,
  description: {
    en: 'Decides whether a queue is escalated: 20-minute longest wait, projected wait, heavy flow; lobby → superior, counter → counter supervisor.',
    'zh-CN': '判断排队是否升级：客户等待最长不超过20分钟、预计等待时间、客流量大；大厅报上级，柜面报柜面主管。',
  },
  input: {
    type: 'object',
    properties: {
      area: { type: 'string', enum: ['lobby', 'counter'] },
      observation: {
        type: 'object',
        properties: {
          observedAt: { type: 'string', format: 'date-time' },
          waitingCustomers: { type: 'integer', minimum: 0 },
          openWindows: { type: 'integer', minimum: 0 },
          totalWindows: { type: 'integer', minimum: 1 },
          averageServiceMinutes: { type: 'number', exclusiveMinimum: 0 },
          longestWaitMinutes: { type: 'integer', minimum: 0 },
          heavyFlow: { type: 'boolean' },
          note: TEXT,
        },
        required: [
          'observedAt',
          'waitingCustomers',
          'openWindows',
          'totalWindows',
          'averageServiceMinutes',
          'longestWaitMinutes',
          'heavyFlow',
        ],
        additionalProperties: false,
      },
    },
    required: ['area', 'observation'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      area: { type: 'string', enum: ['lobby', 'counter'] },
      level: { type: 'string', enum: ['normal', 'heavyFlow', 'projectedBreach', 'breach'] },
      escalate: { type: 'boolean' },
      escalateTo: { type: 'string', enum: ['superior', 'counterSupervisor', 'none'] },
      maxWaitMinutes: { type: 'integer' },
      longestWaitMinutes: { type: 'integer' },
      projectedWaitMinutes: { type: 'number' },
      minutesLeft: { type: 'integer', minimum: 0 },
      planDue: { type: 'string', pattern: '^PT' },
      recheckAfter: { type: 'string', pattern: '^PT' },
      reasons: {
        type: 'array',
        items: {
          type: 'object',
          properties: { code: TEXT, 'zh-CN': TEXT, en: TEXT },
          required: ['code', 'zh-CN', 'en'],
          additionalProperties: false,
        },
      },
      action: {
        type: 'object',
        properties: { 'zh-CN': TEXT, en: TEXT },
        required: ['zh-CN', 'en'],
        additionalProperties: false,
      },
      source: TEXT,
    },
    required: [
      'area',
      'level',
      'escalate',
      'escalateTo',
      'maxWaitMinutes',
      'longestWaitMinutes',
      'projectedWaitMinutes',
      'minutesLeft',
      'planDue',
      'recheckAfter',
      'reasons',
      'action',
      'source',
    ],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const assessment = assessQueue(input.area, input.observation);
      ctx.logger.info('queue assessed', {
        area: assessment.area,
        level: assessment.level,
        escalateTo: assessment.escalateTo,
      });
      return assessment;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidQueueObservation');
    }
  },
});
