import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { DEFAULT_TIME_ZONE, REVIEW_DUE } from '../data/work-standards.js';
import {
  addDays,
  atTime,
  compareDates,
  daysInMonth,
  formatDate,
  lastWorkingDayOfMonth,
  siteClock,
  weekdayOf,
  type LocalDate,
  type LocalDateTime,
} from './site-time.js';

export type ReviewKind = 'week' | 'month' | 'nextMonthPlan';

export interface ReviewPeriod {
  period: { kind: ReviewKind; label: string; startDate: string; endDate: string; dueLocal: string };
  due: LocalDateTime;
  /** Only for a scheduled next-month plan started on a day that is not the month's last working day. */
  skip: boolean;
  skipReason: string;
}

/**
 * The period a summary covers and when it is due (003 第五篇 一、月度工作要点 (一) L211–227):
 * - week: every Monday afternoon the weekly summary of the week just ended (Monday–Sunday) (2, L213);
 * - month: on the 1st, afternoon, the monthly summary of the month just ended (1, L211);
 * - nextMonthPlan: on the last working day of the month, next month's visit plan (7, L227). A scheduled
 *   start (days 26–31) that is not on the last working day is skipped.
 * "Afternoon" ends at 18:00 (README, choice 6).
 */
export function reviewPeriod(kind: ReviewKind, today: LocalDate, scheduled: boolean): ReviewPeriod {
  const none = { skip: false, skipReason: '' };
  if (kind === 'week') {
    const thisMonday = addDays(today, 1 - weekdayOf(today));
    const start = addDays(thisMonday, -7);
    const end = addDays(thisMonday, -1);
    const due = atTime(thisMonday, REVIEW_DUE.weekly.dueLocal);
    return {
      period: {
        kind,
        label: `${formatDate(start)} 至 ${formatDate(end)} 周总结`,
        startDate: formatDate(start),
        endDate: formatDate(end),
        dueLocal: `${formatDate(thisMonday)} ${REVIEW_DUE.weekly.dueLocal}`,
      },
      due,
      ...none,
    };
  }
  if (kind === 'month') {
    const first: LocalDate = { year: today.year, month: today.month, day: REVIEW_DUE.monthly.dayOfMonth };
    const end = addDays(first, -1);
    const start: LocalDate = { year: end.year, month: end.month, day: 1 };
    return {
      period: {
        kind,
        label: `${end.year}年${end.month}月 月总结`,
        startDate: formatDate(start),
        endDate: formatDate(end),
        dueLocal: `${formatDate(first)} ${REVIEW_DUE.monthly.dueLocal}`,
      },
      due: atTime(first, REVIEW_DUE.monthly.dueLocal),
      ...none,
    };
  }
  const last = lastWorkingDayOfMonth(today.year, today.month);
  const next = addDays({ year: today.year, month: today.month, day: daysInMonth(today.year, today.month) }, 1);
  const isLast = compareDates(today, last) === 0;
  return {
    period: {
      kind,
      label: `${next.year}年${next.month}月 月度拜访计划`,
      startDate: formatDate(next),
      endDate: formatDate({ year: next.year, month: next.month, day: daysInMonth(next.year, next.month) }),
      dueLocal: `${formatDate(last)} ${REVIEW_DUE.nextMonthPlan.dueLocal}`,
    },
    due: atTime(last, REVIEW_DUE.nextMonthPlan.dueLocal),
    skip: scheduled && !isLast,
    skipReason: scheduled && !isLast ? `${formatDate(today)} 不是本月最后一个工作日(${formatDate(last)})` : '',
  };
}

/** `tobacco.resolveReviewPeriod@1`: the week or month a summary covers, its due time, and whether to skip. */
export const resolveReviewPeriod = defineActivity({
  version: 1,
  description: {
    en: 'Works out the week or month a summary covers and its due time; skips a plan not on the last working day.',
    'zh-CN': '确定周总结、月总结或次月拜访计划的期间和提交时限;非本月最后一个工作日不填制次月计划。',
  },
  input: {
    type: 'object',
    properties: {
      kind: { type: 'string', enum: ['week', 'month', 'nextMonthPlan'] },
      asOf: { type: ['string', 'null'], format: 'date-time' },
      timeZone: { type: ['string', 'null'], minLength: 1, maxLength: 64 },
      scheduled: { type: ['boolean', 'null'] },
    },
    required: ['kind'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      period: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['week', 'month', 'nextMonthPlan'] },
          label: { type: 'string' },
          startDate: { type: 'string', format: 'date' },
          endDate: { type: 'string', format: 'date' },
          dueLocal: { type: 'string' },
        },
        required: ['kind', 'label', 'startDate', 'endDate', 'dueLocal'],
        additionalProperties: false,
      },
      dueAt: { type: 'string', format: 'date-time' },
      skip: { type: 'boolean' },
      skipReason: { type: 'string' },
    },
    required: ['period', 'dueAt', 'skip', 'skipReason'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const clock = siteClock(ctx.clock.now(), input.timeZone ?? DEFAULT_TIME_ZONE, input.asOf);
      const today: LocalDate = { year: clock.local.year, month: clock.local.month, day: clock.local.day };
      const resolved = reviewPeriod(input.kind, today, input.scheduled === true);
      return {
        period: resolved.period,
        dueAt: clock.at(resolved.due).toISOString(),
        skip: resolved.skip,
        skipReason: resolved.skipReason,
      };
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidReviewPeriod');
    }
  },
});
