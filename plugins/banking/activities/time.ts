/**
 * Pure time helpers shared by the banking activities. Times of day are local wall-clock `HH:MM`
 * strings (the site's time zone); instants are ISO 8601 UTC strings. Nothing here reads a clock.
 */
export const MINUTE_MS = 60_000;
export const HHMM_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
const HHMM = new RegExp(HHMM_PATTERN);

/** Minutes after local midnight of `HH:MM`; throws RangeError for anything else. */
export function minutesOfDay(time: string): number {
  if (!HHMM.test(time)) throw new RangeError(`"${time}" is not a HH:MM time`);
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** `HH:MM` of minutes after midnight (0–1439; wraps around the day). */
export function formatTimeOfDay(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** An ISO 8601 duration of whole minutes: 0 → `PT0M`, 90 → `PT1H30M`, 1500 → `PT25H`. */
export function isoMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `PT${rest}M`;
  return rest === 0 ? `PT${h}H` : `PT${h}H${rest}M`;
}

/** Local wall-clock of an instant, as minutes after midnight and the local date `YYYY-MM-DD`. */
export function localClock(instant: Date, utcOffsetMinutes: number): { minutes: number; date: string } {
  const local = new Date(instant.getTime() + utcOffsetMinutes * MINUTE_MS);
  return {
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
    date: local.toISOString().slice(0, 10),
  };
}

/** `instant + minutes`, as an ISO string. */
export function addMinutes(instant: Date, minutes: number): string {
  return new Date(instant.getTime() + minutes * MINUTE_MS).toISOString();
}
