import { ApplicationFailure } from '@temporalio/activity';
import type { TobaccoSpecialVisit } from '../../../forms/generated/tobacco/special-visit.js';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { SPECIAL_VISIT_TRIGGERS, labelOf } from '../data/checklists.js';

type Trigger = TobaccoSpecialVisit['trigger'];

/**
 * "明显异常" (clearly abnormal) has no number in the source (000 ·特殊拜访 2 L207). We read it as a
 * change of at least half the usual quantity, either way, or a variety ordered that is never
 * ordered usually (README, choice 7). A start variable `abnormalThreshold` overrides it.
 */
export const DEFAULT_ABNORMAL_THRESHOLD = 0.5;

export interface AbnormalLine {
  brand: string;
  usualQty: number;
  orderedQty: number;
  /** (ordered − usual) ÷ usual; 1000000 stands for "never ordered before". */
  deviation: number;
}

export interface TriggerAssessment {
  visitRequired: boolean;
  reason: string;
  abnormalLines: AbnormalLine[];
}

const NEW_VARIETY = 1_000_000;

/** The deviation of one order line from the usual quantity. */
export function deviationOf(usualQty: number, orderedQty: number): number {
  if (usualQty === 0) return orderedQty === 0 ? 0 : NEW_VARIETY;
  return Math.round(((orderedQty - usualQty) / usualQty) * 1000) / 1000;
}

/**
 * Whether a trigger calls for an immediate special visit (000 ·特殊拜访 L203–211). A complaint,
 * information about irregular business and the retailer's own request always do; an order does
 * when its varieties or quantities are clearly abnormal compared with usual. An order that is not
 * is settled by phone as part of the daily order-data check (000 四、2 订货数据核准 L275).
 */
export function assessTrigger(trigger: Trigger, threshold = DEFAULT_ABNORMAL_THRESHOLD): TriggerAssessment {
  if (!(threshold > 0)) throw new RangeError('abnormalThreshold must be greater than 0');
  const label = labelOf(SPECIAL_VISIT_TRIGGERS, trigger.type);
  if (trigger.type !== 'abnormalOrder') {
    return { visitRequired: true, reason: `${label}:立即特殊拜访`, abnormalLines: [] };
  }
  const lines = trigger.orderLines ?? [];
  if (lines.length === 0) throw new RangeError('an abnormalOrder trigger needs its order lines');
  const abnormalLines = lines
    .map((line) => ({ ...line, deviation: deviationOf(line.usualQty, line.orderedQty) }))
    .filter((line) => Math.abs(line.deviation) >= threshold);
  const percent = Math.round(threshold * 100);
  return abnormalLines.length
    ? {
        visitRequired: true,
        reason: `${abnormalLines.length}个品规订货量与平常偏离${percent}%以上或为非常订品种:明显异常,立即特殊拜访`,
        abnormalLines,
      }
    : {
        visitRequired: false,
        reason: `各品规偏离均小于${percent}%:非明显异常,电话沟通了解原因`,
        abnormalLines: [],
      };
}

/** `tobacco.assessSpecialVisitTrigger@1`: does this trigger need an immediate special visit? */
export const assessSpecialVisitTrigger = defineActivity({
  version: 1,
  description: {
    en: 'Decides whether a trigger needs an immediate special visit; finds the clearly abnormal order lines.',
    'zh-CN': '判断是否须立即特殊拜访;找出订货品种和数量与平常明显异常的品规。',
  },
  input: {
    type: 'object',
    properties: {
      trigger: { type: 'object' },
      abnormalThreshold: { type: ['number', 'null'], exclusiveMinimum: 0, maximum: 100 },
    },
    required: ['trigger'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      triggerAssessment: {
        type: 'object',
        properties: {
          visitRequired: { type: 'boolean' },
          reason: { type: 'string' },
          abnormalLines: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                brand: { type: 'string' },
                usualQty: { type: 'number' },
                orderedQty: { type: 'number' },
                deviation: { type: 'number' },
              },
              required: ['brand', 'usualQty', 'orderedQty', 'deviation'],
              additionalProperties: false,
            },
          },
        },
        required: ['visitRequired', 'reason', 'abnormalLines'],
        additionalProperties: false,
      },
    },
    required: ['triggerAssessment'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input) {
    try {
      return {
        triggerAssessment: assessTrigger(
          input.trigger as unknown as Trigger,
          input.abnormalThreshold ?? DEFAULT_ABNORMAL_THRESHOLD,
        ),
      };
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidTrigger');
    }
  },
});
