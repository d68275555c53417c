import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { ASSESSMENT_SOURCE } from '../data/assessment-weights.js';
import type { WorkingCalendar } from '../data/working-calendar.js';
import {
  addWorkingDays,
  calendarFrom,
  durationBetween,
  lastWorkingDayOfMonth,
  localDayOf,
  monthOf,
  startOfLocalDay,
} from './calendar.js';

export interface ReportingDay {
  month: string;
  /** The last working day of the month (每个月最后一个工作日), `YYYY-MM-DD`. */
  reportingDay: string;
  /** 00:00 local of the reporting day. */
  opensAt: string;
  /** 24:00 local of the reporting day: the report is due by then. */
  dueAt: string;
  /** How long the process waits before asking for the reports (PT0S when the day has begun). */
  waitBeforeOpening: string;
  /** How long the reports stay on time once asked for (the rest of the reporting day). */
  reportingWindow: string;
  /** The reporting day was over when the assessment started (a late or back-dated run): one full day is given. */
  backfill: boolean;
  source: string;
}

const DAY_MS = 24 * 3_600_000;

/**
 * The reporting day of the account specialists' monthly report: the last working day of the month
 * (seed 001 L528), the month being `month` or, without one, the month of `now` in the site's zone.
 * A run that starts after the reporting day (a back-dated assessment) gets one full day to report,
 * so the specialists are not late for a day the platform never asked them about.
 */
export function resolveReportingDayAt(now: Date, calendar: WorkingCalendar, month?: string): ReportingDay {
  const theMonth = month ?? monthOf(localDayOf(now, calendar.utcOffsetMinutes));
  const reportingDay = lastWorkingDayOfMonth(theMonth, calendar);
  const opensAt = startOfLocalDay(reportingDay, calendar.utcOffsetMinutes);
  const dueAt = new Date(opensAt.getTime() + DAY_MS);
  const backfill = now.getTime() >= dueAt.getTime();
  const askedAt = now.getTime() > opensAt.getTime() ? now : opensAt;
  return {
    month: theMonth,
    reportingDay,
    opensAt: opensAt.toISOString(),
    dueAt: dueAt.toISOString(),
    waitBeforeOpening: durationBetween(now, opensAt),
    reportingWindow: backfill ? 'PT24H' : durationBetween(askedAt, dueAt),
    backfill,
    source: ASSESSMENT_SOURCE,
  };
}

/** Site calendar days, `YYYY-MM-DD`; null when the process has none. */
const days = { type: ['array', 'null'], items: { type: 'string', format: 'date' }, maxItems: 400 } as const;

/** `telecom.resolveReportingDay@1`: the last working day of the month and the waits around it. */
export const resolveReportingDay = defineActivity({
  version: 1,
  description: {
    en: "Finds the month's last working day, when the account specialists report, and how long to wait for it.",
    'zh-CN': '确定每个月最后一个工作日（客户专员上报工作完成情况之日）及等待时长。',
  },
  input: {
    type: 'object',
    properties: {
      month: { type: ['string', 'null'], pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' },
      holidays: days,
      adjustedWorkingDays: days,
      utcOffsetMinutes: { type: 'integer', minimum: -720, maximum: 840 },
    },
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      month: { type: 'string' },
      reportingDay: { type: 'string', format: 'date' },
      opensAt: { type: 'string', format: 'date-time' },
      dueAt: { type: 'string', format: 'date-time' },
      waitBeforeOpening: { type: 'string', format: 'duration' },
      reportingWindow: { type: 'string', format: 'duration' },
      backfill: { type: 'boolean' },
      source: { type: 'string' },
    },
    required: [
      'month',
      'reportingDay',
      'opensAt',
      'dueAt',
      'waitBeforeOpening',
      'reportingWindow',
      'backfill',
      'source',
    ],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const day = resolveReportingDayAt(ctx.clock.now(), calendarFrom(input), input.month ?? undefined);
      ctx.logger.info('reporting day resolved', { ...day });
      return day;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidMonth');
    }
  },
});

/** The `count`-th working day after the local day of `from`, as the day and the instant it ends. */
export function workingDeadline(from: Date, count: number, calendar: WorkingCalendar) {
  const dueDate = addWorkingDays(localDayOf(from, calendar.utcOffsetMinutes), count, calendar);
  const dueAt = new Date(startOfLocalDay(dueDate, calendar.utcOffsetMinutes).getTime() + DAY_MS);
  return { dueDate, dueAt };
}
