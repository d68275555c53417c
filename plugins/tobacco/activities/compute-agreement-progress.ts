import type { TobaccoDailyRoutine } from '../../../forms/generated/tobacco/daily-routine.js';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { percent } from './compile-daily-report.js';

type TomorrowRetailer = NonNullable<TobaccoDailyRoutine['tomorrow']>['retailers'][number];

export interface AgreementProgress {
  retailerId: string;
  agreedVolume: number;
  monthVolume: number;
  progressPercent: number | null;
  remaining: number;
}

/**
 * (九) 查阅数据把握重点 (003 第五篇 L355): for tomorrow's retailers, this month's volume against the
 * agreed volume (协议量进度) and what remains, in cartons.
 */
export function agreementProgress(retailers: readonly TomorrowRetailer[]): AgreementProgress[] {
  return retailers.map((r) => ({
    retailerId: r.retailerId,
    agreedVolume: r.agreedVolume,
    monthVolume: r.monthVolume,
    progressPercent: percent(r.monthVolume, r.agreedVolume),
    remaining: Math.max(0, r.agreedVolume - r.monthVolume),
  }));
}

/** `tobacco.computeAgreementProgress@1`: 协议量进度 of tomorrow's retailers. */
export const computeAgreementProgress = defineActivity({
  version: 1,
  description: {
    en: "Computes each of tomorrow's retailers' progress against the agreed volume.",
    'zh-CN': '计算明日拜访客户的协议量进度。',
  },
  input: {
    type: 'object',
    properties: { retailers: { type: 'array', items: { type: 'object' }, maxItems: 200 } },
    required: ['retailers'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      tomorrowBrief: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            retailerId: { type: 'string' },
            agreedVolume: { type: 'number' },
            monthVolume: { type: 'number' },
            progressPercent: { type: ['number', 'null'] },
            remaining: { type: 'number' },
          },
          required: ['retailerId', 'agreedVolume', 'monthVolume', 'progressPercent', 'remaining'],
          additionalProperties: false,
        },
      },
    },
    required: ['tomorrowBrief'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input) {
    return { tomorrowBrief: agreementProgress(input.retailers as unknown as TomorrowRetailer[]) };
  },
});
