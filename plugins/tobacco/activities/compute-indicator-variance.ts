import type { TobaccoPeriodReview } from '../../../forms/generated/tobacco/period-review.js';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { percent } from './compile-daily-report.js';

type Indicator = NonNullable<TobaccoPeriodReview['weekly']>['indicators'][number];

export interface IndicatorVariance {
  indicator: Indicator['indicator'];
  target: number;
  actual: number;
  gap: number;
  completionPercent: number | null;
  behind: boolean;
}

/**
 * 营销过程控制 (000 第二篇 三、1、4 L69–71): check progress against the targets and analyse the
 * indicators that differ; at the weekly sales meeting the market manager questions the key
 * indicators with a variance (周销售例会 L79). Each indicator gets its gap (actual − target), its
 * completion in percent and whether it is behind target; those behind come first.
 */
export function indicatorVariance(indicators: readonly Indicator[]): IndicatorVariance[] {
  const rows = indicators.map((i) => ({
    indicator: i.indicator,
    target: i.target,
    actual: i.actual,
    gap: Math.round((i.actual - i.target) * 100) / 100,
    completionPercent: percent(i.actual, i.target),
    behind: i.actual < i.target,
  }));
  return [...rows.filter((r) => r.behind), ...rows.filter((r) => !r.behind)];
}

/** `tobacco.computeIndicatorVariance@1`: the variance of each sales indicator against its target. */
export const computeIndicatorVariance = defineActivity({
  version: 1,
  description: {
    en: 'Computes each sales indicator against its target: gap, completion and whether it is behind.',
    'zh-CN': '对照目标分析销售计划指标进度:差额、完成率、是否未完成(差异指标)。',
  },
  input: {
    type: 'object',
    properties: { indicators: { type: 'array', items: { type: 'object' }, maxItems: 50 } },
    required: ['indicators'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      variance: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            indicator: { type: 'string' },
            target: { type: 'number' },
            actual: { type: 'number' },
            gap: { type: 'number' },
            completionPercent: { type: ['number', 'null'] },
            behind: { type: 'boolean' },
          },
          required: ['indicator', 'target', 'actual', 'gap', 'completionPercent', 'behind'],
          additionalProperties: false,
        },
      },
      behindCount: { type: 'integer', minimum: 0 },
    },
    required: ['variance', 'behindCount'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input) {
    const variance = indicatorVariance(input.indicators as unknown as Indicator[]);
    return { variance, behindCount: variance.filter((v) => v.behind).length };
  },
});
