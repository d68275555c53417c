import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { DEFAULT_UTC_OFFSET_MINUTES } from '../data/time-rules.js';
import { addMinutes, formatTimeOfDay, HHMM_PATTERN, isoMinutes, localClock, minutesOfDay } from './time.js';
import { HHMM } from './schemas.js';

export interface BusinessDayInput {
  openingTime: string;
  closingTime: string;
  /** Local time the duty starts (the schedule's time); else the local time of `now`. */
  startTime?: string;
  /** `YYYY-MM-DD`; else the local date of `now`. */
  businessDate?: string;
}

export interface BusinessDayPlan {
  businessDate: string;
  openingTime: string;
  closingTime: string;
  startTime: string;
  minutesToOpening: number;
  minutesToClosing: number;
  untilOpening: string;
  untilClosing: string;
  openingAt: string;
  closingAt: string;
  startedAfterOpening: boolean;
}

/**
 * The day of a branch or counter, from its opening and closing times (the seeds give none; the
 * site's schedule passes them). Durations are measured from `startTime`, the local time the duty
 * starts, so a run does not depend on the real time of day; `openingAt` / `closingAt` are those
 * durations added to `now` (the workflow clock), for timers that fire later in the process.
 * A duty started after opening is due at once (`untilOpening` = `PT0M`).
 */
export function planBusinessDay(input: BusinessDayInput, now: Date, utcOffsetMinutes: number): BusinessDayPlan {
  const opening = minutesOfDay(input.openingTime);
  const closing = minutesOfDay(input.closingTime);
  if (closing <= opening) {
    throw new RangeError(`closing time ${input.closingTime} must be after opening time ${input.openingTime}`);
  }
  const clock = localClock(now, utcOffsetMinutes);
  const start = input.startTime === undefined ? clock.minutes : minutesOfDay(input.startTime);
  if (start >= closing) {
    throw new RangeError(
      `the business day cannot start at ${formatTimeOfDay(start)}, after closing at ${input.closingTime}`,
    );
  }
  const minutesToOpening = Math.max(0, opening - start);
  const minutesToClosing = closing - start;
  return {
    businessDate: input.businessDate ?? clock.date,
    openingTime: input.openingTime,
    closingTime: input.closingTime,
    startTime: formatTimeOfDay(start),
    minutesToOpening,
    minutesToClosing,
    untilOpening: isoMinutes(minutesToOpening),
    untilClosing: isoMinutes(minutesToClosing),
    openingAt: addMinutes(now, minutesToOpening),
    closingAt: addMinutes(now, minutesToClosing),
    startedAfterOpening: start > opening,
  };
}

/** `banking.planBusinessDay@1`: opening and closing of the business day as durations and instants. */
export const planBusinessDayActivity = defineActivity({
  version: 1,
  description: {
    en: 'Plans a business day from the branch opening and closing times: time left until opening and closing.',
    'zh-CN': '根据网点开门营业和营业结束时间，计算距开门、距营业结束的时间。',
  },
  input: {
    type: 'object',
    properties: {
      openingTime: HHMM,
      closingTime: HHMM,
      startTime: { type: ['string', 'null'], pattern: HHMM_PATTERN },
      businessDate: { type: ['string', 'null'], format: 'date' },
      utcOffsetMinutes: { type: ['integer', 'null'], minimum: -720, maximum: 840 },
    },
    required: ['openingTime', 'closingTime'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      businessDate: { type: 'string', format: 'date' },
      openingTime: HHMM,
      closingTime: HHMM,
      startTime: HHMM,
      minutesToOpening: { type: 'integer', minimum: 0 },
      minutesToClosing: { type: 'integer', minimum: 1 },
      untilOpening: { type: 'string', pattern: '^PT' },
      untilClosing: { type: 'string', pattern: '^PT' },
      openingAt: { type: 'string', format: 'date-time' },
      closingAt: { type: 'string', format: 'date-time' },
      startedAfterOpening: { type: 'boolean' },
    },
    required: [
      'businessDate',
      'openingTime',
      'closingTime',
      'startTime',
      'minutesToOpening',
      'minutesToClosing',
      'untilOpening',
      'untilClosing',
      'openingAt',
      'closingAt',
      'startedAfterOpening',
    ],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    // Unset process variables arrive as null through the input mappings.
    const day: BusinessDayInput = {
      openingTime: input.openingTime,
      closingTime: input.closingTime,
      ...(input.startTime ? { startTime: input.startTime } : {}),
      ...(input.businessDate ? { businessDate: input.businessDate } : {}),
    };
    try {
      const plan = planBusinessDay(day, ctx.clock.now(), input.utcOffsetMinutes ?? DEFAULT_UTC_OFFSET_MINUTES);
      ctx.logger.info('business day planned', { ...plan });
      return plan;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidBusinessHours');
    }
  },
});
