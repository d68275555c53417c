/**
 * The working-day calendar behind "每个月最后一个工作日" (the account specialist's monthly report,
 * seed `001_9529542b36723db8.txt` L528) and "2个工作日内" (client data into the CRM within two
 * working days, seed `004_ca65cf65bca3c52c.txt` 第五篇 第三條, L153). The documents do not define
 * a working day: we take Monday to Friday, and let a site list its public holidays and its
 * adjusted working weekends (调休) as `holidays` / `adjustedWorkingDays` inputs (README, choice 6).
 *
 * Times are read in China Standard Time (UTC+08:00, no daylight saving) unless an activity is
 * given another `utcOffsetMinutes`.
 */
export const DEFAULT_UTC_OFFSET_MINUTES = 480;

/** ISO weekday numbers (1 = Monday … 7 = Sunday) that are working days. */
export const WORKING_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];

export interface WorkingCalendar {
  /** Public holidays that fall on weekdays, `YYYY-MM-DD`. */
  readonly holidays: readonly string[];
  /** Weekend days worked instead (调休), `YYYY-MM-DD`. */
  readonly adjustedWorkingDays: readonly string[];
  readonly utcOffsetMinutes: number;
}

export const DEFAULT_CALENDAR: WorkingCalendar = {
  holidays: [],
  adjustedWorkingDays: [],
  utcOffsetMinutes: DEFAULT_UTC_OFFSET_MINUTES,
};
