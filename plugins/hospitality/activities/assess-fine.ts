import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { HospitalityHospitalityIncident } from '../../../forms/generated/hospitality/hospitality-incident.js';
import { FINE_SCHEDULE, type FineRule } from '../data/fine-schedule.js';

/**
 * One offence to assess. The fields a manager fills in on the incident form's discipline section
 * (`hospitality/hospitality-incident`) have the form's types; `code` is the schedule row.
 */
export type FineInput = { code: string } & Pick<
  NonNullable<HospitalityHospitalityIncident['discipline']>,
  'offenceNumber' | 'tipAmount' | 'minutesLate' | 'amount' | 'serious'
>;

export interface Fine {
  code: string;
  amount: number;
  sanction: string;
  /** The sanction is a dismissal (开除): KTV-D14 third time, KTV-D08 / RST-16 when serious. */
  dismissal: boolean;
  source: string;
}

/** Reads the fine for one offence off the schedule (data/fine-schedule.ts). Throws RangeError on bad input. */
export function assessFineFromSchedule(input: FineInput, schedule: readonly FineRule[] = FINE_SCHEDULE): Fine {
  const rule = schedule.find((r) => r.code === input.code);
  if (!rule) throw new RangeError(`no fine rule "${input.code}" in the schedule`);
  const n = input.offenceNumber ?? 1;
  const base = { code: rule.code, source: rule.source, dismissal: false };
  if (input.serious && rule.seriousSanction) {
    // 重者开除 / 严重者开除: the serious case replaces the fine.
    return { ...base, amount: 0, sanction: rule.seriousSanction, dismissal: rule.seriousDismissal === true };
  }
  const sanction =
    rule.repeatSanction && n >= rule.repeatSanction.from ? rule.repeatSanction.sanction : (rule.otherSanction ?? '');
  switch (rule.kind) {
    case 'fixed':
      return { ...base, amount: rule.amount ?? 0, sanction };
    case 'range': {
      const min = rule.amountMin ?? 0;
      const max = rule.amountMax ?? min;
      const amount = input.amount ?? min;
      if (amount < min || amount > max)
        throw new RangeError(`${rule.code}: amount must be ${min}–${max}, got ${amount}`);
      return { ...base, amount, sanction };
    }
    case 'tipMultiple': {
      const multiples = rule.multiples ?? [];
      const multiple = multiples[n - 1];
      if (multiple === undefined)
        return { ...base, amount: 0, sanction: rule.finalSanction ?? '', dismissal: rule.finalDismissal === true };
      if (input.tipAmount === undefined) throw new RangeError(`${rule.code}: tipAmount is required`);
      return { ...base, amount: multiple * input.tipAmount, sanction };
    }
    case 'doubling':
      return { ...base, amount: (rule.amount ?? 0) * 2 ** (n - 1), sanction };
    case 'perMinute':
      if (input.minutesLate === undefined) throw new RangeError(`${rule.code}: minutesLate is required`);
      return { ...base, amount: (rule.amount ?? 0) * input.minutesLate, sanction };
    case 'sanctionOnly':
      return { ...base, amount: 0, sanction };
  }
}

/** Drops the fields a service task mapped to null, so they read as "not given". */
export function withoutNulls<T extends Record<string, unknown>>(input: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

/** `hospitality.assessFine@1`: the fine for one offence, from the plugin's fine schedule. */
export const assessFine = defineActivity({
  version: 1,
  description: {
    en: "Computes a fine from the plugin's fine schedule (KTV, tea-house and restaurant rules).",
    'zh-CN': '按插件内的罚款标准计算罚款（KTV、茶楼与餐厅制度）。',
  },
  input: {
    type: 'object',
    properties: {
      code: { type: 'string', minLength: 1, maxLength: 20 },
      // null: the service task mapped a form field the person left empty (FEEL gives null).
      offenceNumber: { type: ['integer', 'null'], minimum: 1, maximum: 100 },
      tipAmount: { type: ['number', 'null'], minimum: 0 },
      minutesLate: { type: ['integer', 'null'], minimum: 0 },
      amount: { type: ['number', 'null'], minimum: 0 },
      serious: { type: ['boolean', 'null'] },
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
      dismissal: { type: 'boolean' },
      source: { type: 'string' },
    },
    required: ['code', 'amount', 'sanction', 'dismissal', 'source'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const fine = assessFineFromSchedule(withoutNulls(input));
      ctx.logger.info('fine assessed', { ...fine });
      return fine;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidFine');
    }
  },
});
