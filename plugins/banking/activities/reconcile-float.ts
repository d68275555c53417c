import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { BankingCounterOpening } from '../../../forms/generated/index.js';
import { DENOMINATION_CODES, denominationOf } from '../data/denominations.js';
import { countTotalFen, formatYuan, piecesByDenomination, toYuan, type CountLine } from './money.js';
import { CASH_COUNT, LOCALIZED, TEXT } from './schemas.js';

/** A float is never empty: both counts list at least one denomination. */
const FLOAT_COUNT = { ...CASH_COUNT, minItems: 1 } as const;

export interface FloatDifference {
  denomination: string;
  label: { 'zh-CN': string; en: string };
  recordedPieces: number;
  countedPieces: number;
  differencePieces: number;
  /** counted − recorded, yuan: negative = short (短款), positive = over (长款). */
  differenceAmount: number;
}

export interface FloatReconciliation {
  balanced: boolean;
  recordedTotal: number;
  countedTotal: number;
  difference: number;
  differences: FloatDifference[];
  summary: { 'zh-CN': string; en: string };
}

/**
 * The float taken out of the safe before opening, counted by denomination, against the
 * remaining float written on last night's daily cash count sheet (每日現金盤點表). The float
 * stayed sealed in the vault overnight (004 三、營業結束后 1, L46 → 一、營業前 4, L19–21), so the
 * two agree denomination by denomination; a difference in any denomination is a difference,
 * even when the totals happen to agree.
 */
export function reconcileFloat(
  recorded: readonly CountLine[],
  counted: NonNullable<BankingCounterOpening['materials']>['floatCounted'],
): FloatReconciliation {
  const before = piecesByDenomination(recorded);
  const now = piecesByDenomination(counted);
  const differences: FloatDifference[] = [];
  for (const code of DENOMINATION_CODES) {
    const r = before.get(code) ?? 0;
    const c = now.get(code) ?? 0;
    if (r === c) continue;
    const d = denominationOf(code)!;
    differences.push({
      denomination: code,
      label: { 'zh-CN': d['zh-CN'], en: d.en },
      recordedPieces: r,
      countedPieces: c,
      differencePieces: c - r,
      differenceAmount: toYuan((c - r) * d.fen),
    });
  }
  const recordedFen = countTotalFen(recorded);
  const countedFen = countTotalFen(counted);
  const diff = toYuan(countedFen - recordedFen);
  const zhRows = differences.map(
    (d) => `${d.label['zh-CN']}${d.differencePieces > 0 ? '多' : '少'}${Math.abs(d.differencePieces)}张`,
  );
  const enRows = differences.map((d) => `${d.label.en} ${d.differencePieces > 0 ? '+' : ''}${d.differencePieces}`);
  const balanced = differences.length === 0;
  return {
    balanced,
    recordedTotal: toYuan(recordedFen),
    countedTotal: toYuan(countedFen),
    difference: diff,
    differences,
    summary: balanced
      ? {
          'zh-CN': `备用金清点${formatYuan(toYuan(countedFen))}元，与上一营业日每日现金盘点表逐券别相符`,
          en: `Float counted ${formatYuan(toYuan(countedFen))} yuan, agrees with last night's count sheet in every denomination`,
        }
      : {
          'zh-CN': `备用金清点${formatYuan(toYuan(countedFen))}元，盘点表记载${formatYuan(toYuan(recordedFen))}元，差额${formatYuan(diff)}元（${zhRows.join('，')}）`,
          en: `Float counted ${formatYuan(toYuan(countedFen))} yuan against ${formatYuan(toYuan(recordedFen))} on the count sheet, difference ${formatYuan(diff)} (${enRows.join(', ')})`,
        },
  };
}

/** `banking.reconcileFloat@1`: the opening float against last night's count sheet, by denomination. */
export const reconcileFloatActivity = defineActivity({
  version: 1,
  description: {
    en: "Counts the float taken out of the vault against last night's daily cash count sheet, denomination by denomination.",
    'zh-CN': '按券别核对从金库提取的备用金与上一营业日《每日现金盘点表》。',
  },
  input: {
    type: 'object',
    properties: { recorded: FLOAT_COUNT, counted: FLOAT_COUNT },
    required: ['recorded', 'counted'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      balanced: { type: 'boolean' },
      recordedTotal: { type: 'number' },
      countedTotal: { type: 'number' },
      difference: { type: 'number' },
      differences: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            denomination: TEXT,
            label: LOCALIZED,
            recordedPieces: { type: 'integer' },
            countedPieces: { type: 'integer' },
            differencePieces: { type: 'integer' },
            differenceAmount: { type: 'number' },
          },
          required: [
            'denomination',
            'label',
            'recordedPieces',
            'countedPieces',
            'differencePieces',
            'differenceAmount',
          ],
          additionalProperties: false,
        },
      },
      summary: LOCALIZED,
    },
    required: ['balanced', 'recordedTotal', 'countedTotal', 'difference', 'differences', 'summary'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const result = reconcileFloat(input.recorded, input.counted);
      ctx.logger.info('float reconciled', { balanced: result.balanced, difference: result.difference });
      return result;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidCount');
    }
  },
});
