/**
 * Local wall-clock arithmetic for rules written in a venue's time ("11:00", "21:00", "next day"),
 * with a fixed UTC offset (China Standard Time, UTC+08:00, has no daylight saving). Pure functions:
 * every instant comes in as an argument, never from the machine's clock.
 */
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
/** China Standard Time (UTC+08:00, no daylight saving): the clock the seed documents are written in. */
export const DEFAULT_UTC_OFFSET_MINUTES = 480;

/** Minutes after local midnight of "HH:MM". */
export function minutesOfDay(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`"${time}" is not a HH:MM time`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** An instant from an ISO 8601 date-time; RangeError when it is not one. */
export function parseInstant(text: string, what = 'time'): Date {
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(ms))
    throw new RangeError(`${what} "${text}" is not a date-time`);
  return new Date(ms);
}

/** Epoch ms of local midnight of a "YYYY-MM-DD" date, read as if the local clock were UTC. */
function dayStartAsUtc(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a YYYY-MM-DD date`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`"${date}" is not a calendar date`);
  return ms;
}

/** The local calendar date ("YYYY-MM-DD") of an instant. */
export function localDate(instant: Date, utcOffsetMinutes: number): string {
  return new Date(instant.getTime() + utcOffsetMinutes * MINUTE).toISOString().slice(0, 10);
}

/** Minutes after local midnight of an instant. */
export function localMinutes(instant: Date, utcOffsetMinutes: number): number {
  const local = new Date(instant.getTime() + utcOffsetMinutes * MINUTE);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** The instant of a local date and "HH:MM" time. */
export function instantAt(date: string, time: string, utcOffsetMinutes: number): Date {
  return new Date(dayStartAsUtc(date) + (minutesOfDay(time) - utcOffsetMinutes) * MINUTE);
}

/** A local date moved by whole days. */
export function addDays(date: string, days: number): string {
  return new Date(dayStartAsUtc(date) + days * DAY).toISOString().slice(0, 10);
}

/** First day of the month of a date, moved by `months` months. */
export function monthStart(date: string, months = 0): string {
  const d = new Date(dayStartAsUtc(date));
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)).toISOString().slice(0, 10);
}

/** An ISO 8601 duration of whole seconds, hours not folded into days: `PT1H50M`, `PT0S`. */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (total === 0) return 'PT0S';
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
}
