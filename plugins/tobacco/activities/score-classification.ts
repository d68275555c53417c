import { ApplicationFailure } from '@temporalio/activity';
import type { TobaccoClassificationScore } from '../../../forms/generated/tobacco/classification-score.js';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { labelOf } from '../data/checklists.js';
import {
  BUSINESS_FORMATS,
  MARKET_AREAS,
  SCORE_BANDS,
  SCORING_CRITERIA,
  type ScoringCriterion,
} from '../data/classification-criteria.js';

type Scoring = TobaccoClassificationScore['scoring'];
type MarketArea = TobaccoClassificationScore['retailer']['marketArea'];
type ItemResult = { result: 'met' | 'partly' | 'notMet'; deductionReason?: string };

export interface ClassificationScore {
  total: number;
  maxTotal: number;
  band: string;
  category: string;
  deductions: Array<{ criterion: string; points: number; reason: string }>;
}

/** Points earned on one item: all when met, half (rounded down) when partly met, none otherwise. */
export function pointsFor(criterion: ScoringCriterion, result: ItemResult['result']): number {
  if (result === 'met') return criterion.maxPoints;
  if (result === 'partly') return Math.floor(criterion.maxPoints / 2);
  return 0;
}

/**
 * 打分评定 (000 第三篇 一、(三)、客户分类流程 2 L219): every item of the scoring table is scored, each
 * deduction carries the reason the customer manager explains to the retailer; then 3 实施客户分类
 * (L223): the category is the business format × market type (urban/rural, L215) × score band.
 * The table, half points for "partly" and the bands are this plugin's placeholders (README choices 1–3).
 */
export function scoreRetailer(
  scoring: Scoring,
  marketArea: MarketArea,
  criteria = SCORING_CRITERIA,
): ClassificationScore {
  const items = scoring.items as unknown as Record<string, ItemResult | undefined>;
  const unknown = Object.keys(items).filter((id) => !criteria.some((c) => c.id === id));
  if (unknown.length) throw new RangeError(`unknown scoring items: ${unknown.join(', ')}`);
  let total = 0;
  const deductions: ClassificationScore['deductions'] = [];
  for (const criterion of criteria) {
    const item = items[criterion.id];
    if (!item) throw new RangeError(`scoring item ${criterion.id} (${criterion.zh}) is not scored`);
    const points = pointsFor(criterion, item.result);
    total += points;
    if (points < criterion.maxPoints) {
      const reason = item.deductionReason?.trim();
      if (!reason) throw new RangeError(`the deduction on ${criterion.id} (${criterion.zh}) has no reason to explain`);
      deductions.push({ criterion: criterion.id, points: criterion.maxPoints - points, reason });
    }
  }
  const maxTotal = criteria.reduce((sum, c) => sum + c.maxPoints, 0);
  const band = SCORE_BANDS.find((b) => total >= b.minScore) ?? SCORE_BANDS[SCORE_BANDS.length - 1]!;
  const category = [labelOf(BUSINESS_FORMATS, scoring.businessFormat), labelOf(MARKET_AREAS, marketArea), band.zh].join(
    '/',
  );
  return { total, maxTotal, band: band.id, category, deductions };
}

/** `tobacco.scoreClassification@1`: total, deductions with their reasons, band and category of a retailer. */
export const scoreClassification = defineActivity({
  version: 1,
  description: {
    en: 'Scores a retailer against the classification table; lists each deduction with its reason; sets the category.',
    'zh-CN': '按分类细则打分评定零售客户,列出扣分及原因,确定分类结果。',
  },
  input: {
    type: 'object',
    properties: {
      scoring: { type: 'object' },
      marketArea: { type: 'string', enum: ['urban', 'rural'] },
    },
    required: ['scoring', 'marketArea'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      score: {
        type: 'object',
        properties: {
          total: { type: 'integer', minimum: 0 },
          maxTotal: { type: 'integer', minimum: 0 },
          band: { type: 'string' },
          category: { type: 'string' },
          deductions: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                criterion: { type: 'string' },
                points: { type: 'integer', minimum: 0 },
                reason: { type: 'string' },
              },
              required: ['criterion', 'points', 'reason'],
              additionalProperties: false,
            },
          },
        },
        required: ['total', 'maxTotal', 'band', 'category', 'deductions'],
        additionalProperties: false,
      },
    },
    required: ['score'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const score = scoreRetailer(input.scoring as unknown as Scoring, input.marketArea);
      ctx.logger.info('retailer scored', { total: score.total, category: score.category });
      return { score };
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidScoring');
    }
  },
});
