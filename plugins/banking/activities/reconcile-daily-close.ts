import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { BankingCounterDailyClose } from '../../../forms/generated/index.js';
import { countRows, countTotalFen, formatYuan, toFen, toYuan, type DenominationRow } from './money.js';
import { CASH_COUNT, LOCALIZED, TEXT } from './schemas.js';

export type Settlement = BankingCounterDailyClose['settlement'];

export interface CloseCheck {
  code: string;
  item: { 'zh-CN': string; en: string };
  /** 账: the system record. */
  account?: number;
  /** 证: the vouchers issued or stamped today. */
  vouchers?: number;
  /** 实: what is actually there (counted cash, held instruments, servicing documents). */
  actual: number;
  /** actual − account (or actual − expected): negative = short, positive = over. */
  difference: number;
  ok: boolean;
  source: string;
}

export interface DailyCloseReconciliation {
  balanced: boolean;
  threeWayMatch: boolean;
  checks: CloseCheck[];
  differences: CloseCheck[];
  cashCounted: number;
  cashByDenomination: DenominationRow[];
  floatCounted: number;
  floatByDenomination: DenominationRow[];
  openItems: Array<{ code: string; 'zh-CN': string; en: string }>;
  summary: { 'zh-CN': string; en: string };
}

const L45 = '004_ca65cf65bca3c52c.txt 三、營業結束后 1、日清日結 (L45–46)';
const INSTRUMENT = {
  cheque: { 'zh-CN': '支票', en: 'Cheques' },
  draft: { 'zh-CN': '汇票', en: 'Drafts' },
  depositSlip: { 'zh-CN': '银行交款单', en: 'Bank deposit slips' },
  pos: { 'zh-CN': 'POS机收费', en: 'POS' },
} as const;

function threeWay(
  code: string,
  item: CloseCheck['item'],
  account: number,
  vouchers: number,
  actual: number,
): CloseCheck {
  const a = toFen(account);
  const v = toFen(vouchers);
  const x = toFen(actual);
  return { code, item, account, vouchers, actual, difference: toYuan(x - a), ok: a === v && v === x, source: L45 };
}

/**
 * 日清日結 of one counter (digest §2.3.2 C, §4.2.8; 004 三、營業結束后 1, L45–46):
 * - the day's policy-servicing items and counts in the system match the servicing documents;
 * - cash, cheques, drafts, bank deposit slips (and POS) received or paid agree three ways:
 *   the system amount (账), the vouchers issued or stamped today (证) and what is actually there
 *   (实, the cash counted by denomination) — 賬、實(錢)、證三相符;
 * - the day's cash is paid into the company's bank accounts, so the deposit equals the cash counted;
 * - the remaining float is counted (每日現金盤點表) and agrees with the float book balance.
 * Procedural items (slips printed, count sheet filled, float in the vault, manual write-off list)
 * are listed as open items; they do not unbalance the day.
 */
export function reconcileDailyClose(s: Settlement): DailyCloseReconciliation {
  const cashFen = countTotalFen(s.cashCount);
  const floatFen = countTotalFen(s.floatCount);
  const checks: CloseCheck[] = [
    {
      code: 'servicingItems',
      item: { 'zh-CN': '保全项目与数量（系统与保全资料）', en: 'Policy-servicing items (system vs documents)' },
      account: s.servicingItemsInSystem,
      actual: s.servicingItemsInDocuments,
      difference: s.servicingItemsInDocuments - s.servicingItemsInSystem,
      ok: s.servicingItemsInDocuments === s.servicingItemsInSystem,
      source: L45,
    },
    threeWay(
      'cash',
      { 'zh-CN': '现金（账、实、证）', en: 'Cash (account, cash, vouchers)' },
      s.cashInSystem,
      s.cashOnVouchers,
      toYuan(cashFen),
    ),
    ...(s.otherInstruments ?? []).map((i) =>
      threeWay(i.instrument, INSTRUMENT[i.instrument], i.inSystem, i.onVouchers, i.actual),
    ),
    {
      code: 'cashDeposit',
      item: { 'zh-CN': '当日现金缴存银行', en: "Day's cash paid into the bank" },
      account: toYuan(cashFen),
      actual: s.cashDepositedToBank,
      difference: toYuan(toFen(s.cashDepositedToBank) - cashFen),
      ok: toFen(s.cashDepositedToBank) === cashFen,
      source: L45,
    },
    {
      code: 'float',
      item: { 'zh-CN': '结余备用金（账面与盘点）', en: 'Remaining float (book vs count)' },
      account: s.floatBookBalance,
      actual: toYuan(floatFen),
      difference: toYuan(floatFen - toFen(s.floatBookBalance)),
      ok: floatFen === toFen(s.floatBookBalance),
      source: L45,
    },
  ];
  const differences = checks.filter((c) => !c.ok);
  const threeWayMatch = checks.filter((c) => c.vouchers !== undefined).every((c) => c.ok);
  const openItems: DailyCloseReconciliation['openItems'] = [];
  const open = (ok: boolean | undefined, code: string, zh: string, en: string) => {
    if (ok !== true) openItems.push({ code, 'zh-CN': zh, en });
  };
  open(s.tellerDailySlipPrinted, 'tellerDailySlip', '未打印柜员收付费日结单', 'Teller daily closing slip not printed');
  open(s.outletStatementPrinted, 'outletStatement', '未打印网点对账单', 'Outlet statement not printed');
  open(
    s.posDailySettlementPrinted,
    'posDailySettlement',
    '未打印银行POS机收费日结',
    'POS daily settlement not printed',
  );
  open(s.cashCountSheetFilled, 'cashCountSheet', '未填写每日现金盘点表', 'Daily cash count sheet not filled in');
  open(s.floatPutInVaultSafe, 'floatInVault', '备用金未放入金库保箱', 'Float not put in the vault safe');
  if ((s.unwrittenOffVouchers ?? []).length > 0) {
    open(
      s.manualWriteOffListFilled,
      'manualWriteOffList',
      '无法核销的凭证未填写手工核销清单',
      'Manual write-off list not filled in',
    );
  }
  const balanced = differences.length === 0;
  const zhDiff = differences.map(
    (d) => `${d.item['zh-CN']}差${d.code === 'servicingItems' ? `${d.difference}项` : `${formatYuan(d.difference)}元`}`,
  );
  const enDiff = differences.map(
    (d) =>
      `${d.item.en} off by ${d.code === 'servicingItems' ? `${d.difference} items` : `${formatYuan(d.difference)} yuan`}`,
  );
  return {
    balanced,
    threeWayMatch,
    checks,
    differences,
    cashCounted: toYuan(cashFen),
    cashByDenomination: countRows(s.cashCount),
    floatCounted: toYuan(floatFen),
    floatByDenomination: countRows(s.floatCount),
    openItems,
    summary: balanced
      ? {
          'zh-CN': `日清日结相符：账、实（钱）、证三相符，现金${formatYuan(toYuan(cashFen))}元，结余备用金${formatYuan(toYuan(floatFen))}元`,
          en: `Daily clearance agrees: account, cash and vouchers match; cash ${formatYuan(toYuan(cashFen))} yuan, float ${formatYuan(toYuan(floatFen))} yuan`,
        }
      : { 'zh-CN': `日清日结不符：${zhDiff.join('；')}`, en: `Daily clearance does not agree: ${enDiff.join('; ')}` },
  };
}

const NUM = { type: 'number' } as const;
const ROWS = {
  type: 'array',
  items: {
    type: 'object',
    properties: { denomination: TEXT, label: LOCALIZED, pieces: { type: 'integer' }, amount: NUM },
    required: ['denomination', 'label', 'pieces', 'amount'],
    additionalProperties: false,
  },
} as const;
const CHECK = {
  type: 'object',
  properties: {
    code: TEXT,
    item: LOCALIZED,
    account: NUM,
    vouchers: NUM,
    actual: NUM,
    difference: NUM,
    ok: { type: 'boolean' },
    source: TEXT,
  },
  required: ['code', 'item', 'actual', 'difference', 'ok', 'source'],
  additionalProperties: false,
} as const;

/** `banking.reconcileDailyClose@1`: the counter's daily clearance, account / cash / vouchers. */
export const reconcileDailyCloseActivity = defineActivity({
  version: 1,
  description: {
    en: 'Daily clearance of a counter: servicing items, three-way match of account, cash and vouchers, cash deposit, float count.',
    'zh-CN': '柜面日清日结：保全项目核对，账、实（钱）、证三相符，现金缴存，备用金盘点。',
  },
  input: {
    type: 'object',
    properties: {
      settlement: {
        type: 'object',
        properties: {
          servicingItemsInSystem: { type: 'integer', minimum: 0 },
          servicingItemsInDocuments: { type: 'integer', minimum: 0 },
          cashInSystem: NUM,
          cashOnVouchers: NUM,
          cashCount: CASH_COUNT,
          otherInstruments: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                instrument: { type: 'string', enum: ['cheque', 'draft', 'depositSlip', 'pos'] },
                inSystem: NUM,
                onVouchers: NUM,
                actual: NUM,
              },
              required: ['instrument', 'inSystem', 'onVouchers', 'actual'],
              additionalProperties: false,
            },
          },
          cashDepositedToBank: NUM,
          tellerDailySlipPrinted: { type: 'boolean' },
          outletStatementPrinted: { type: 'boolean' },
          posDailySettlementPrinted: { type: 'boolean' },
          floatBookBalance: NUM,
          floatCount: CASH_COUNT,
          cashCountSheetFilled: { type: 'boolean' },
          floatPutInVaultSafe: { type: 'boolean' },
          unwrittenOffVouchers: {
            type: 'array',
            items: {
              type: 'object',
              properties: { voucherNo: TEXT, reason: TEXT },
              required: ['voucherNo', 'reason'],
              additionalProperties: false,
            },
          },
          manualWriteOffListFilled: { type: 'boolean' },
        },
        required: [
          'servicingItemsInSystem',
          'servicingItemsInDocuments',
          'cashInSystem',
          'cashOnVouchers',
          'cashCount',
          'cashDepositedToBank',
          'tellerDailySlipPrinted',
          'outletStatementPrinted',
          'posDailySettlementPrinted',
          'floatBookBalance',
          'floatCount',
          'cashCountSheetFilled',
          'floatPutInVaultSafe',
        ],
        additionalProperties: false,
      },
    },
    required: ['settlement'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      balanced: { type: 'boolean' },
      threeWayMatch: { type: 'boolean' },
      checks: { type: 'array', items: CHECK },
      differences: { type: 'array', items: CHECK },
      cashCounted: NUM,
      cashByDenomination: ROWS,
      floatCounted: NUM,
      floatByDenomination: ROWS,
      openItems: {
        type: 'array',
        items: {
          type: 'object',
          properties: { code: TEXT, 'zh-CN': TEXT, en: TEXT },
          required: ['code', 'zh-CN', 'en'],
          additionalProperties: false,
        },
      },
      summary: LOCALIZED,
    },
    required: [
      'balanced',
      'threeWayMatch',
      'checks',
      'differences',
      'cashCounted',
      'cashByDenomination',
      'floatCounted',
      'floatByDenomination',
      'openItems',
      'summary',
    ],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const result = reconcileDailyClose(input.settlement);
      ctx.logger.info('daily close reconciled', { balanced: result.balanced, differences: result.differences.length });
      return result;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidCount');
    }
  },
});
