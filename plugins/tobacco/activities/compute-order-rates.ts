import { ApplicationFailure } from '@temporalio/activity';
import type { TobaccoDailyRoutine } from '../../../forms/generated/tobacco/daily-routine.js';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { percent } from './compile-daily-report.js';

type OrderCheck = NonNullable<TobaccoDailyRoutine['orderCheck']>;

export interface OrderRates {
  eSettlementSuccessRate: number | null;
  orderSuccessRate: number | null;
  scarceBrandOrderRate: number | null;
}

/**
 * 订货数据核准 (000 第三篇 四、营销管理工作流程 2 L275; 003 (八) L353): today's e-settlement success
 * rate, order success rate and scarce-brand order rate, in percent with one decimal.
 */
export function orderRatesOf(check: OrderCheck): OrderRates {
  if (check.eSettlementSucceeded > check.eSettlementAttempts) {
    throw new RangeError('more successful e-settlements than attempts');
  }
  if (check.retailersOrdered > check.retailersDueToOrder) {
    throw new RangeError('more retailers ordered than were due to order');
  }
  if (check.scarceBrandOrdered > check.scarceBrandRetailers) {
    throw new RangeError('more scarce-brand orders than retailers allocated');
  }
  return {
    eSettlementSuccessRate: percent(check.eSettlementSucceeded, check.eSettlementAttempts),
    orderSuccessRate: percent(check.retailersOrdered, check.retailersDueToOrder),
    scarceBrandOrderRate: percent(check.scarceBrandOrdered, check.scarceBrandRetailers),
  };
}

/** `tobacco.computeOrderRates@1`: the three rates of the daily order-data check. */
export const computeOrderRates = defineActivity({
  version: 1,
  description: {
    en: "Computes today's e-settlement success rate, order success rate and scarce-brand order rate.",
    'zh-CN': '计算当天客户电子结算成功率、订货成功率及紧俏烟订货率。',
  },
  input: {
    type: 'object',
    properties: { orderCheck: { type: 'object' } },
    required: ['orderCheck'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      orderRates: {
        type: 'object',
        properties: {
          eSettlementSuccessRate: { type: ['number', 'null'] },
          orderSuccessRate: { type: ['number', 'null'] },
          scarceBrandOrderRate: { type: ['number', 'null'] },
        },
        required: ['eSettlementSuccessRate', 'orderSuccessRate', 'scarceBrandOrderRate'],
        additionalProperties: false,
      },
    },
    required: ['orderRates'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input) {
    try {
      return { orderRates: orderRatesOf(input.orderCheck as unknown as OrderCheck) };
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidOrderCheck');
    }
  },
});
