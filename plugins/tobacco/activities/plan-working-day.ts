import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { DAILY_TIMES, DEFAULT_TIME_ZONE, MONTH_WINDOWS } from '../data/work-standards.js';
import { atTime, formatDate, isWorkingDay, siteClock, weekdayOf, type LocalDate } from './site-time.js';

export type MonthFocus = 'totalForecast' | 'individualForecast' | 'normalVisits';

/** 七项工作要点 4–6 (003 一、(一) L217–225): days 1–5, days 6–10, day 11 to month end. */
export function monthFocusOf(dayOfMonth: number): MonthFocus {
  if (dayOfMonth >= MONTH_WINDOWS.totalForecast.firstDay && dayOfMonth <= MONTH_WINDOWS.totalForecast.lastDay) {
    return 'totalForecast';
  }
  if (
    dayOfMonth >= MONTH_WINDOWS.individualForecast.firstDay &&
    dayOfMonth <= MONTH_WINDOWS.individualForecast.lastDay
  ) {
    return 'individualForecast';
  }
  return 'normalVisits';
}

export interface WorkingDayPlan {
  day: {
    workDate: string;
    weekday: number;
    forecastPhase: boolean;
    monthFocus: MonthFocus;
    meetingBy: string;
    scheduleBy: string;
    firstVisitBy: string;
    fieldEnd: string;
    reportAt: string;
  };
  isWorkingDay: boolean;
}

/**
 * The ten steps' fixed times of one day (003 第五篇 二、日常工作流程 (一)–(七), (十)): meeting
 * before 8:00, schedule by 8:30, first retailer by 9:30, field visits end 15:00, report at 16:00;
 * the demand-forecast forms of step (十) only on days 1–10; the month's focus of the seven work points.
 */
export function planDay(date: LocalDate): WorkingDayPlan {
  const { firstDay, lastDay } = MONTH_WINDOWS.forecastPhase;
  return {
    day: {
      workDate: formatDate(date),
      weekday: weekdayOf(date),
      forecastPhase: date.day >= firstDay && date.day <= lastDay,
      monthFocus: monthFocusOf(date.day),
      meetingBy: DAILY_TIMES.morningMeetingBy,
      scheduleBy: DAILY_TIMES.visitScheduleBy,
      firstVisitBy: DAILY_TIMES.firstVisitBy,
      fieldEnd: DAILY_TIMES.fieldVisitsEnd,
      reportAt: DAILY_TIMES.dailyReportAt,
    },
    isWorkingDay: isWorkingDay(date),
  };
}

/**
 * `tobacco.planWorkingDay@1`: the day's plan and its deadlines on the workflow clock: the visit
 * schedule due at 8:30, field visits due at 15:00, the report due at 16:00 (site local time).
 */
export const planWorkingDay = defineActivity({
  version: 1,
  description: {
    en: "Plans a customer manager's day: the ten steps' times, the 16:00 report deadline, the forecast phase.",
    'zh-CN': '生成客户经理当日十项工作步骤的时间节点:8:30拜访日程、15:00结束拜访、16:00汇报,及需求预测阶段。',
  },
  input: {
    type: 'object',
    properties: {
      asOf: { type: ['string', 'null'], format: 'date-time' },
      timeZone: { type: ['string', 'null'], minLength: 1, maxLength: 64 },
      scheduled: { type: ['boolean', 'null'] },
    },
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      day: {
        type: 'object',
        properties: {
          workDate: { type: 'string', format: 'date' },
          weekday: { type: 'integer', minimum: 1, maximum: 7 },
          forecastPhase: { type: 'boolean' },
          monthFocus: { type: 'string', enum: ['totalForecast', 'individualForecast', 'normalVisits'] },
          meetingBy: { type: 'string' },
          scheduleBy: { type: 'string' },
          firstVisitBy: { type: 'string' },
          fieldEnd: { type: 'string' },
          reportAt: { type: 'string' },
        },
        required: [
          'workDate',
          'weekday',
          'forecastPhase',
          'meetingBy',
          'scheduleBy',
          'firstVisitBy',
          'fieldEnd',
          'reportAt',
        ],
        additionalProperties: false,
      },
      isWorkingDay: { type: 'boolean' },
      skipDay: { type: 'boolean' },
      scheduleDueAt: { type: 'string', format: 'date-time' },
      fieldEndAt: { type: 'string', format: 'date-time' },
      reportDueAt: { type: 'string', format: 'date-time' },
    },
    required: ['day', 'isWorkingDay', 'skipDay', 'scheduleDueAt', 'fieldEndAt', 'reportDueAt'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const clock = siteClock(ctx.clock.now(), input.timeZone ?? DEFAULT_TIME_ZONE, input.asOf);
      const date: LocalDate = { year: clock.local.year, month: clock.local.month, day: clock.local.day };
      const plan = planDay(date);
      const due = (time: string) => clock.at(atTime(date, time)).toISOString();
      const result = {
        ...plan,
        // A scheduled start on a weekend ends at once; a manual start means the manager works that day.
        skipDay: input.scheduled === true && !plan.isWorkingDay,
        scheduleDueAt: due(plan.day.scheduleBy),
        fieldEndAt: due(plan.day.fieldEnd),
        reportDueAt: due(plan.day.reportAt),
      };
      ctx.logger.info('working day planned', { workDate: plan.day.workDate, reportDueAt: result.reportDueAt });
      return result;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidWorkingDay');
    }
  },
});
