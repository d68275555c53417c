import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { FINE_SCHEDULE, findFineRule, type FineRule } from '../data/fine-schedule.js';

export interface FineInput {
  code: string;
  /** 1 for the first offence by this person, 2 for the second, … */
  offenceNumber?: number;
  /** tip asked for (KTV-D14), 元 */
  tipAmount?: number;
  /** minutes late (TEA-02) */
  minutesLate?: number;
  /** the assessor's amount for a `range` rule; the minimum applies when omitted */
  amount?: number;
}

export interface Fine {
  code: string;
  amount: number;
  sanction: string;
  source: string;
}

/** Reads the fine for one offence off the schedule (data/fine-schedule.ts). Throws RangeError on bad input. */
export function assessFineFromSchedule(input: FineInput, schedule: readonly FineRule[] = FINE_SCHEDULE): Fine {
  const rule = schedule === FINE_SCHEDULE ? findFineRule(input.code) : schedule.find((r) => r.code === input.code);
  if (!rule) throw new RangeError(`no fine rule "${input.code}" in the schedule`);
  const n = input.offenceNumber ?? 1;
  const base = { code: rule.code, source: rule.source };
  switch (rule.kind) {
    case 'fixed':
      return { ...base, amount: rule.amount ?? 0, sanction: rule.otherSanction ?? '' };
    case 'range': {
      const min = rule.amountMin ?? 0;
      const max = rule.amountMax ?? min;
      const amount = input.amount ?? min;
      if (amount < min || amount > max)
        throw new RangeError(`${rule.code}: amount must be ${min}–${max}, got ${amount}`);
      return { ...base, amount, sanction: rule.otherSanction ?? '' };
    }
    case 'tipMultiple': {
      const multiples = rule.multiples ?? [];
      const multiple = multiples[n - 1];
      if (multiple === undefined) return { ...base, amount: 0, sanction: rule.finalSanction ?? '' };
      if (input.tipAmount === undefined) throw new RangeError(`${rule.code}: tipAmount is required`);
      return { ...base, amount: multiple * input.tipAmount, sanction: '' };
    }
    case 'doubling':
      return { ...base, amount: (rule.amount ?? 0) * 2 ** (n - 1), sanction: '' };
    case 'perMinute':
      if (input.minutesLate === undefined) throw new RangeError(`${rule.code}: minutesLate is required`);
      return { ...base, amount: (rule.amount ?? 0) * input.minutesLate, sanction: rule.otherSanction ?? '' };
    case 'sanctionOnly':
      return { ...base, amount: 0, sanction: rule.otherSanction ?? '' };
  }
}

/** `hospitality.assessFine@1`: the fine for one offence, from the plugin's fine schedule. */
export const assessFine = defineActivity({
  version: 1,
  description: {
    en: "Computes a fine from the plugin's fine schedule (KTV and tea-house rules).",
    'zh-CN': '按插件内的罚款标准计算罚款（KTV与茶楼制度）。',
  },
  input: {
    type: 'object',
    properties: {
      code: { type: 'string', minLength: 1, maxLength: 20 },
      offenceNumber: { type: 'integer', minimum: 1, maximum: 100 },
      tipAmount: { type: 'number', minimum: 0 },
      minutesLate: { type: 'integer', minimum: 0 },
      amount: { type: 'number', minimum: 0 },
    },
    required: ['code'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      code: { type: 'string' },
      amount: { type: 'number', minimum: 0 },
      sanction: { type: 'string' },
      source: { type: 'string' },
    },
    required: ['code', 'amount', 'sanction', 'source'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const fine = assessFineFromSchedule(input);
      ctx.logger.info('fine assessed', { ...fine });
      return fine;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidFine');
    }
  },
});
