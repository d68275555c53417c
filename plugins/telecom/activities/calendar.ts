/**
 * Pure date helpers in a fixed UTC offset (China Standard Time by default). A "local day" is a
 * `YYYY-MM-DD` string; instants are `Date`s. Used by the working-day activities and the arrival
 * window; no time zone database is needed because the sites' zone has no daylight saving.
 */
import { DEFAULT_CALENDAR, WORKING_WEEKDAYS, type WorkingCalendar } from '../data/working-calendar.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const LOCAL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The local calendar day of an instant. */
export function localDayOf(instant: Date, utcOffsetMinutes: number): string {
  return new Date(instant.getTime() + utcOffsetMinutes * MINUTE).toISOString().slice(0, 10);
}

/** The instant a local day begins (00:00 local). */
export function startOfLocalDay(day: string, utcOffsetMinutes: number): Date {
  return new Date(dayNumber(day) * DAY - utcOffsetMinutes * MINUTE);
}

/** Days since 1970-01-01 of a local day; throws RangeError on a malformed day. */
function dayNumber(day: string): number {
  const m = LOCAL_DAY.exec(day);
  if (!m) throw new RangeError(`"${day}" is not a YYYY-MM-DD day`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== day) throw new RangeError(`"${day}" is not a calendar day`);
  return ms / DAY;
}

function dayOf(n: number): string {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

export function isWorkingDay(day: string, calendar: WorkingCalendar = DEFAULT_CALENDAR): boolean {
  if (calendar.adjustedWorkingDays.includes(day)) return true;
  if (calendar.holidays.includes(day)) return false;
  return WORKING_WEEKDAYS.includes(isoWeekday(day));
}

/** `YYYY-MM` of a local day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The last working day of a month (`YYYY-MM`). */
export function lastWorkingDayOfMonth(month: string, calendar: WorkingCalendar = DEFAULT_CALENDAR): string {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`"${month}" is not a YYYY-MM month`);
  let n = Date.UTC(Number(m[1]), Number(m[2]), 1) / DAY - 1; // last calendar day of the month
  const first = Date.UTC(Number(m[1]), Number(m[2]) - 1, 1) / DAY;
  for (; n >= first; n--) if (isWorkingDay(dayOf(n), calendar)) return dayOf(n);
  throw new RangeError(`${month} has no working day in this calendar`);
}

/** The `count`-th working day after `day` (the day itself does not count). */
export function addWorkingDays(day: string, count: number, calendar: WorkingCalendar = DEFAULT_CALENDAR): string {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`working days must be a positive integer, got ${count}`);
  let n = dayNumber(day);
  for (let left = count; left > 0;) {
    n++;
    if (isWorkingDay(dayOf(n), calendar)) left--;
  }
  return dayOf(n);
}

/** Whole seconds from `from` to `to` as an ISO 8601 duration, never negative (`PT0S`). */
export function durationBetween(from: Date, to: Date): string {
  const seconds = Math.max(0, Math.ceil((to.getTime() - from.getTime()) / 1000));
  return `PT${seconds}S`;
}

/** Minutes between two instants, `to − from`, rounded to one decimal. */
export function minutesBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 6000) / 10;
}

/** Parses an ISO 8601 date-time; throws RangeError when it is not one. */
export function parseInstant(text: string, what: string): Date {
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(ms))
    throw new RangeError(`${what} "${text}" is not an ISO date-time`);
  return new Date(ms);
}

/** Milliseconds of an ISO 8601 duration with days, hours, minutes and seconds (weeks too). */
export function durationMs(text: string): number {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (!m || text === 'P' || text.endsWith('T'))
    throw new RangeError(`"${text}" is not a duration of weeks, days, hours, minutes or seconds`);
  const [, w, d, h, min, s] = m;
  return (
    (((Number(w ?? 0) * 7 + Number(d ?? 0)) * 24 + Number(h ?? 0)) * 60 + Number(min ?? 0)) * MINUTE +
    Number(s ?? 0) * 1000
  );
}

/** The calendar an activity was given; missing or null parts fall back to the defaults. */
export function calendarFrom(input: {
  holidays?: readonly string[] | null;
  adjustedWorkingDays?: readonly string[] | null;
  utcOffsetMinutes?: number;
}): WorkingCalendar {
  return {
    holidays: input.holidays ?? DEFAULT_CALENDAR.holidays,
    adjustedWorkingDays: input.adjustedWorkingDays ?? DEFAULT_CALENDAR.adjustedWorkingDays,
    utcOffsetMinutes: input.utcOffsetMinutes ?? DEFAULT_CALENDAR.utcOffsetMinutes,
  };
}
