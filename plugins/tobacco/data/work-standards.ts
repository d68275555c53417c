/**
 * The tobacco customer manager's times and quotas as data, each with its seed rule. The
 * activities read them from here; change a value here (and the README), not in code.
 *
 * Seed `003_6bb8784453a9b790.txt` 第五篇:卷烟行业客户经理工作流程 (L199–357): the "七、十、七"
 * method — seven monthly work points, ten daily steps, seven visit contents.
 */

/** A local wall-clock time of day, `HH:MM`. */
export type LocalTime = `${number}:${number}`;

/** The ten daily steps' fixed times (digest §3.1.1, §5.1). */
export const DAILY_TIMES = {
  /** (一) 按时到岗参加晨会: in the office before 8:00 for the morning meeting (L243). */
  morningMeetingBy: '08:00',
  /** (二) 精心制作拜访日程: visit schedule filled in before 8:30 (L247). */
  visitScheduleBy: '08:30',
  /** (四) 规划行程实地拜访: at the first retailer before 9:30 (L259). */
  firstVisitBy: '09:30',
  /** (六) 任务完成结束拜访: field visits end at 15:00 (L329). */
  fieldVisitsEnd: '15:00',
  /** (七) 汇报工作答复客户: at the office at 16:00; report the day (L331). */
  dailyReportAt: '16:00',
} as const satisfies Record<string, LocalTime>;

/** 正常拜访的标准 (digest §3.1.2; 003 一、(二) L229–235). */
export const VISIT_STANDARDS = {
  /** 拜访户数: urban at least 30, rural at least 25 (L231; per day, §7 item 4). */
  minimumVisits: { urban: 30, rural: 25 },
  /** 服务时间: at least 8 minutes per retailer (L233). */
  minimumServiceMinutes: 8,
} as const;

/** 七项工作要点: the monthly windows (digest §3.1.4; 003 一、(一) L211–227). */
export const MONTH_WINDOWS = {
  /** (十) 填写表格严格执行: forms in the demand-forecast phase, days 1–10 (L357). */
  forecastPhase: { firstDay: 1, lastDay: 10 },
  /** 4: days 1–5, customer screening and the total-volume forecast (L217–219). */
  totalForecast: { firstDay: 1, lastDay: 5 },
  /** 5: days 6–10, high-fluctuation retailers and individual forecast adjustment (L221–223). */
  individualForecast: { firstDay: 6, lastDay: 10 },
} as const;

/**
 * When the periodic summaries are due (003 一、(一) 1, 2, 7 L211–227). "下午" (afternoon) has no
 * end time in the source; we take 18:00 as the end of the afternoon (README, choice 6).
 */
export const REVIEW_DUE = {
  /** 2: every Monday afternoon, the weekly summary and analysis → market manager (L213). */
  weekly: { weekday: 1, dueLocal: '18:00' },
  /** 1: the 1st of every month, afternoon, the monthly summary and analysis → market manager (L211). */
  monthly: { dayOfMonth: 1, dueLocal: '18:00' },
  /** 7: the last working day of the month, next month's visit plan (L227). */
  nextMonthPlan: { dueLocal: '18:00' },
} as const;

/**
 * New retailers (digest §2.2.1; 000 第三篇 ·客户信息维护 1, L125): register on the day the licence
 * is issued (领证当天), set the business format within one week (一周内).
 */
export const ONBOARDING_DEADLINES = {
  /** Registration is due by the end of the licence day (24:00 local). */
  registrationDays: 0,
  /** Business format due by the end of the 7th day after the licence day. */
  businessFormatDays: 7,
} as const;

/** The site's zone when none is configured: the documents are Chinese (UTC+08:00, no daylight saving). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
