import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { DEFAULT_TIME_ZONE, ONBOARDING_DEADLINES } from '../data/work-standards.js';
import {
  addDays,
  atTime,
  compareDates,
  formatDate,
  parseDate,
  siteClock,
  type LocalDate,
  type LocalDateTime,
} from './site-time.js';

export interface OnboardingDeadlines {
  licenceIssuedOn: string;
  /** Ends of the licence day and of the 7th day after it, local. */
  registrationDue: LocalDateTime;
  businessFormatDue: LocalDateTime;
  /** Started after the licence day: the same-day registration is already late. */
  registeredLate: boolean;
}

/**
 * A new retailer's deadlines (000 第三篇 ·客户信息维护 1 L125): registration and maintenance of the
 * basic, network, sales and personal information **on the day the licence is issued** (by 24:00 of
 * that day), the business format **within one week** (by 24:00 of the 7th day after it).
 */
export function onboardingDeadlines(licenceIssuedOn: LocalDate, today: LocalDate): OnboardingDeadlines {
  if (compareDates(licenceIssuedOn, today) > 0) {
    throw new RangeError(`the licence date ${formatDate(licenceIssuedOn)} is after today ${formatDate(today)}`);
  }
  return {
    licenceIssuedOn: formatDate(licenceIssuedOn),
    registrationDue: atTime(addDays(licenceIssuedOn, ONBOARDING_DEADLINES.registrationDays), '24:00'),
    businessFormatDue: atTime(addDays(licenceIssuedOn, ONBOARDING_DEADLINES.businessFormatDays), '24:00'),
    registeredLate: compareDates(today, licenceIssuedOn) > 0,
  };
}

/** `2026-03-02 24:00` for the midnight that ends 2 March. */
export function endOfDayLabel(midnight: LocalDateTime): string {
  return `${formatDate(addDays(midnight, -1))} 24:00`;
}

/** `tobacco.computeOnboardingDeadlines@1`: the same-day registration and one-week business-format deadlines. */
export const computeOnboardingDeadlines = defineActivity({
  version: 1,
  description: {
    en: "A new retailer's deadlines: registration on the licence day, business format within one week.",
    'zh-CN': '新入网客户时限:领证当天完成信息登记,一周内完成经营业态维护。',
  },
  input: {
    type: 'object',
    properties: {
      licenceIssuedOn: { type: ['string', 'null'], format: 'date' },
      asOf: { type: ['string', 'null'], format: 'date-time' },
      timeZone: { type: ['string', 'null'], minLength: 1, maxLength: 64 },
    },
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      licenceIssuedOn: { type: 'string', format: 'date' },
      deadlines: {
        type: 'object',
        properties: {
          registrationDueLocal: { type: 'string' },
          businessFormatDueLocal: { type: 'string' },
        },
        required: ['registrationDueLocal', 'businessFormatDueLocal'],
        additionalProperties: false,
      },
      registrationDueAt: { type: 'string', format: 'date-time' },
      businessFormatDueAt: { type: 'string', format: 'date-time' },
      registeredLate: { type: 'boolean' },
    },
    required: ['licenceIssuedOn', 'deadlines', 'registrationDueAt', 'businessFormatDueAt', 'registeredLate'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const clock = siteClock(ctx.clock.now(), input.timeZone ?? DEFAULT_TIME_ZONE, input.asOf);
      const today: LocalDate = { year: clock.local.year, month: clock.local.month, day: clock.local.day };
      // Without a licence date the retailer is registered on the licence day itself: today.
      const licence = input.licenceIssuedOn ? parseDate(input.licenceIssuedOn) : today;
      const d = onboardingDeadlines(licence, today);
      return {
        licenceIssuedOn: d.licenceIssuedOn,
        deadlines: {
          registrationDueLocal: endOfDayLabel(d.registrationDue),
          businessFormatDueLocal: endOfDayLabel(d.businessFormatDue),
        },
        registrationDueAt: clock.at(d.registrationDue).toISOString(),
        businessFormatDueAt: clock.at(d.businessFormatDue).toISOString(),
        registeredLate: d.registeredLate,
      };
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidLicenceDate');
    }
  },
});
