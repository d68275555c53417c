/**
 * Local dates and times of the site, and how a local wall time maps onto the workflow's clock.
 *
 * The tobacco rules are wall-clock rules (8:30, 9:30, 16:00, "the licence day", "within one week",
 * "Monday afternoon"). Activities compute them in the site's time zone from `ctx.clock.now()`
 * (the workflow clock). An instance may also carry `asOf`: the local date-time it stands for at
 * its start (a back-dated entry, a demo, a golden run). Then every deadline keeps its distance
 * from `asOf` but is placed on the workflow clock: deadline = now + (local deadline − asOf). A run
 * started with `asOf` = Monday 07:30 reaches 16:00 after 8 h 30 min of workflow time, whatever the
 * real time of day.
 */

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of an instant in a zone. */
export function wallClock(instant: Date, timeZone: string): LocalDateTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

function asUtc(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
}

/** The instant at which the zone's clocks show `local` (the later one in a DST gap or overlap). */
export function zonedInstant(local: LocalDateTime, timeZone: string): Date {
  const target = asUtc(local);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const offset = asUtc(wallClock(new Date(guess), timeZone)) - guess;
    const next = target - offset;
    if (next === guess) break;
    guess = next;
  }
  return new Date(guess);
}

/** `HH:MM` → minutes after midnight. */
export function minutesOfDay(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`"${time}" is not a HH:MM time`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** A local date at a `HH:MM` time (`24:00` is the end of the day, i.e. the next midnight). */
export function atTime(date: LocalDate, time: string): LocalDateTime {
  if (time === '24:00') return { ...addDays(date, 1), hour: 0, minute: 0, second: 0 };
  const minutes = minutesOfDay(time);
  return { ...date, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: LocalDate): number {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Mon–Fri. The documents name no holiday calendar (README, choice 5). */
export function isWorkingDay(date: LocalDate): boolean {
  return weekdayOf(date) <= 5;
}

/** The last Monday–Friday of the date's month. */
export function lastWorkingDayOfMonth(year: number, month: number): LocalDate {
  let date: LocalDate = { year, month, day: daysInMonth(year, month) };
  while (!isWorkingDay(date)) date = addDays(date, -1);
  return date;
}

export function formatDate(date: LocalDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function formatLocal(local: LocalDateTime): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(local)} ${pad(local.hour)}:${pad(local.minute)}`;
}

export function parseDate(text: string): LocalDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a YYYY-MM-DD date`);
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    throw new RangeError(`"${text}" is not a calendar date`);
  }
  return date;
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}

/** The site clock of one instance: its local "now" and where a local wall time falls on the workflow clock. */
export interface SiteClock {
  /** The local date-time the instance stands for now. */
  local: LocalDateTime;
  /** The workflow-clock instant of a local wall time. */
  at(local: LocalDateTime): Date;
}

/**
 * @param now the workflow clock (`ctx.clock.now()`)
 * @param timeZone the site's IANA zone
 * @param asOf optional ISO date-time with offset: the moment the instance stands for at `now`
 */
export function siteClock(now: Date, timeZone: string, asOf?: string | null): SiteClock {
  if (!isTimeZone(timeZone)) throw new RangeError(`"${timeZone}" is not an IANA time zone`);
  const reference = asOf ? new Date(asOf) : now;
  if (Number.isNaN(reference.getTime())) throw new RangeError(`asOf "${asOf}" is not an ISO date-time`);
  return {
    local: wallClock(reference, timeZone),
    at: (local) => new Date(now.getTime() + (zonedInstant(local, timeZone).getTime() - reference.getTime())),
  };
}
