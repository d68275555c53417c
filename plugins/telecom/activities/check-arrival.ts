import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { ARRIVAL_RULES, type VisitType } from '../data/arrival-rules.js';
import { minutesBetween, parseInstant } from './calendar.js';

export type ArrivalStatus = 'withinWindow' | 'tooEarly' | 'late';

export interface ArrivalCheck {
  /** arrivedAt − appointmentAt in minutes; negative when early. */
  deviationMinutes: number;
  status: ArrivalStatus;
  /** Home visit: arrived 5–10 minutes early (提前5分钟上门); key account: 5–15 minutes early. */
  targetMet: boolean;
  rule: string;
  source: string;
}

/** Reads an arrival against the rule of its visit type (data/arrival-rules.ts). */
export function classifyArrival(appointmentAt: string, arrivedAt: string, visitType: VisitType): ArrivalCheck {
  const rule = ARRIVAL_RULES[visitType];
  const deviation = minutesBetween(parseInstant(appointmentAt, 'appointmentAt'), parseInstant(arrivedAt, 'arrivedAt'));
  const status: ArrivalStatus =
    deviation < rule.opensOffset ? 'tooEarly' : deviation > rule.closesOffset ? 'late' : 'withinWindow';
  return {
    deviationMinutes: deviation,
    status,
    targetMet: deviation >= rule.targetFrom && deviation <= rule.targetTo,
    rule: rule.rule['zh-CN'],
    source: rule.source,
  };
}

/** `telecom.checkArrival@1`: was the customer manager at the door when the rule says? */
export const checkArrival = defineActivity({
  version: 1,
  description: {
    en: 'Checks the recorded arrival against the arrival rule of the visit type.',
    'zh-CN': '核对实际上门时间是否符合规定（入户服务误差前后不超过10分钟；大客户走访提前5—15分钟）。',
  },
  input: {
    type: 'object',
    properties: {
      appointmentAt: { type: 'string', format: 'date-time' },
      arrivedAt: { type: 'string', format: 'date-time' },
      visitType: { type: 'string', enum: ['homeVisit', 'keyAccountVisit'] },
    },
    required: ['appointmentAt', 'arrivedAt', 'visitType'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      deviationMinutes: { type: 'number' },
      status: { type: 'string', enum: ['withinWindow', 'tooEarly', 'late'] },
      targetMet: { type: 'boolean' },
      rule: { type: 'string' },
      source: { type: 'string' },
    },
    required: ['deviationMinutes', 'status', 'targetMet', 'rule', 'source'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const check = classifyArrival(input.appointmentAt, input.arrivedAt, input.visitType);
      ctx.logger.info('arrival checked', { ...check });
      return check;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidArrival');
    }
  },
});
