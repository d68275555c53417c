import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { calendarFrom, durationBetween, parseInstant } from './calendar.js';
import { workingDeadline } from './resolve-reporting-day.js';

const SOURCE = '004_ca65cf65bca3c52c.txt 第五篇:客戶資料管理工作流程 第三條 2個工作日內 (L153)';
/** Site calendar days, `YYYY-MM-DD`; null when the process has none. */
const days = { type: ['array', 'null'], items: { type: 'string', format: 'date' }, maxItems: 400 } as const;

/**
 * `telecom.computeWorkingDeadline@1`: the end of the N-th working day after `from` (default: now),
 * e.g. the key-account file "within 2 working days" of the signed agreement (cross-industry rule
 * 004 L153, README choice 2). Returns the instant and the time left, for a task due date and a timer.
 */
export const computeWorkingDeadline = defineActivity({
  version: 1,
  description: {
    en: 'Computes the end of the N-th working day after a moment (Monday to Friday, site holidays excluded).',
    'zh-CN': '计算N个工作日后的截止时间（周一至周五，扣除法定节假日，计入调休工作日）。',
  },
  input: {
    type: 'object',
    properties: {
      workingDays: { type: 'integer', minimum: 1, maximum: 30 },
      from: { type: 'string', format: 'date-time' },
      holidays: days,
      adjustedWorkingDays: days,
      utcOffsetMinutes: { type: 'integer', minimum: -720, maximum: 840 },
    },
    required: ['workingDays'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      workingDays: { type: 'integer' },
      from: { type: 'string', format: 'date-time' },
      dueDate: { type: 'string', format: 'date' },
      dueAt: { type: 'string', format: 'date-time' },
      timeLeft: { type: 'string', format: 'duration' },
      source: { type: 'string' },
    },
    required: ['workingDays', 'from', 'dueDate', 'dueAt', 'timeLeft', 'source'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    const now = ctx.clock.now();
    try {
      const from = input.from ? parseInstant(input.from, 'from') : now;
      const { dueDate, dueAt } = workingDeadline(from, input.workingDays, calendarFrom(input));
      return {
        workingDays: input.workingDays,
        from: from.toISOString(),
        dueDate,
        dueAt: dueAt.toISOString(),
        timeLeft: durationBetween(now, dueAt),
        source: SOURCE,
      };
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidDeadline');
    }
  },
});
