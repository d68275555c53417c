import { defineActivity } from '../../../engine/plugin-api/index.js';
import { ASSESSMENT_SOURCE, ASSESSMENT_WEIGHTS, type IndicatorGroup } from '../data/assessment-weights.js';

export type GroupScores = Record<IndicatorGroup, number>;

export interface SpecialistScore {
  /** Σ weight × score with the documented weights: at most 85. */
  weightedTotal: number;
  /** weightedTotal ÷ the documented weights' sum (0.85): a score out of 100. */
  normalisedTotal: number;
  /** 1 − the sum of the documented weights (0.15). */
  unallocatedWeight: number;
  breakdown: Array<{ group: IndicatorGroup; weight: number; score: number; points: number }>;
  lateReport: boolean;
  source: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The account specialist's monthly score (客户专员月度考核表, seed 001 L522–528): each indicator
 * group scored 0–100 by the key-account manager, weighted 30 / 30 / 10 / 15. The source's weights add
 * up to 85%; both the documented total and the total normalised to 100 are returned (README choice 5).
 */
export function scoreMonthly(scores: GroupScores, lateReport = false, weights = ASSESSMENT_WEIGHTS): SpecialistScore {
  const breakdown = weights.map((w) => {
    const score = scores[w.group];
    if (!(score >= 0 && score <= 100)) throw new RangeError(`${w.group} score must be 0–100, got ${score}`);
    return { group: w.group, weight: w.weight, score, points: round2(w.weight * score) };
  });
  const weightSum = weights.reduce((sum, w) => sum + w.weight, 0);
  const weighted = breakdown.reduce((sum, row) => sum + row.weight * row.score, 0);
  return {
    weightedTotal: round2(weighted),
    normalisedTotal: round2(weighted / weightSum),
    unallocatedWeight: round2(1 - weightSum),
    breakdown,
    lateReport,
    source: ASSESSMENT_SOURCE,
  };
}

const score = { type: 'number', minimum: 0, maximum: 100 } as const;

/** `telecom.scoreSpecialist@1`: the weighted monthly assessment of one account specialist. */
export const scoreSpecialist = defineActivity({
  version: 1,
  description: {
    en: 'Weights the monthly assessment: visit targets 30%, expansion 30%, daily work 10%, other work 15%.',
    'zh-CN': '客户专员月度考核加权：拜访目标指标30%、拓展指标30%、日常工作指标10%、其他工作15%。',
  },
  input: {
    type: 'object',
    properties: {
      visitTargetScore: score,
      expansionScore: score,
      dailyWorkScore: score,
      otherScore: score,
      lateReport: { type: 'boolean' },
    },
    required: ['visitTargetScore', 'expansionScore', 'dailyWorkScore', 'otherScore'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      weightedTotal: { type: 'number' },
      normalisedTotal: { type: 'number' },
      unallocatedWeight: { type: 'number' },
      breakdown: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            group: { type: 'string', enum: ['visitTarget', 'expansion', 'dailyWork', 'other'] },
            weight: { type: 'number' },
            score: { type: 'number' },
            points: { type: 'number' },
          },
          required: ['group', 'weight', 'score', 'points'],
          additionalProperties: false,
        },
      },
      lateReport: { type: 'boolean' },
      source: { type: 'string' },
    },
    required: ['weightedTotal', 'normalisedTotal', 'unallocatedWeight', 'breakdown', 'lateReport', 'source'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    const result = scoreMonthly(
      {
        visitTarget: input.visitTargetScore,
        expansion: input.expansionScore,
        dailyWork: input.dailyWorkScore,
        other: input.otherScore,
      },
      input.lateReport ?? false,
    );
    ctx.logger.info('specialist scored', {
      weightedTotal: result.weightedTotal,
      normalisedTotal: result.normalisedTotal,
    });
    return result;
  },
});
