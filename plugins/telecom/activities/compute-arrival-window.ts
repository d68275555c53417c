import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { ARRIVAL_RULES, type VisitType } from '../data/arrival-rules.js';
import { parseInstant } from './calendar.js';

const MINUTE = 60_000;

export interface ArrivalWindow {
  visitType: VisitType;
  appointmentAt: string;
  plannedArrivalAt: string;
  opensAt: string;
  closesAt: string;
  rule: string;
  source: string;
}

/**
 * The arrival window of an appointment (data/arrival-rules.ts):
 * - home visit: planned T − 5 min, accepted T − 10 … T + 10 (入户服务规范 三、3; 四、2);
 * - key-account visit: planned T − 15 min, accepted T − 15 … T − 5 (上门走访, L685).
 */
export function arrivalWindowFor(appointmentAt: string, visitType: VisitType): ArrivalWindow {
  const rule = ARRIVAL_RULES[visitType];
  const t = parseInstant(appointmentAt, 'appointmentAt').getTime();
  const at = (offset: number) => new Date(t + offset * MINUTE).toISOString();
  return {
    visitType,
    appointmentAt: new Date(t).toISOString(),
    plannedArrivalAt: at(rule.plannedOffset),
    opensAt: at(rule.opensOffset),
    closesAt: at(rule.closesOffset),
    rule: rule.rule['zh-CN'],
    source: rule.source,
  };
}

const windowSchema = {
  type: 'object',
  properties: {
    visitType: { type: 'string', enum: ['homeVisit', 'keyAccountVisit'] },
    appointmentAt: { type: 'string', format: 'date-time' },
    plannedArrivalAt: { type: 'string', format: 'date-time' },
    opensAt: { type: 'string', format: 'date-time' },
    closesAt: { type: 'string', format: 'date-time' },
    rule: { type: 'string' },
    source: { type: 'string' },
  },
  required: ['visitType', 'appointmentAt', 'plannedArrivalAt', 'opensAt', 'closesAt', 'rule', 'source'],
  additionalProperties: false,
} as const;

/**
 * `telecom.computeArrivalWindow@1`: when the customer manager must be at the door, from the agreed
 * time the client chose. The playbooks put a boundary timer on `closesAt`.
 */
export const computeArrivalWindow = defineActivity({
  version: 1,
  description: {
    en: 'Computes the arrival window of a home visit (T−10…T+10, aim T−5) or a key-account visit (T−15…T−5).',
    'zh-CN': '计算上门时间窗：入户服务提前5分钟、误差前后不超过10分钟；大客户走访提前5—15分钟。',
  },
  input: {
    type: 'object',
    properties: {
      appointmentAt: { type: 'string', format: 'date-time' },
      visitType: { type: 'string', enum: ['homeVisit', 'keyAccountVisit'] },
    },
    required: ['appointmentAt', 'visitType'],
    additionalProperties: false,
  },
  output: windowSchema,
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const window = arrivalWindowFor(input.appointmentAt, input.visitType);
      ctx.logger.info('arrival window computed', { ...window });
      return window;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidAppointment');
    }
  },
});
