/**
 * ISO 8601 timer values (durations, date-times, repeating intervals) turned into due times
 * on the workflow clock. Calendar parts (years, months, days) are added in UTC so the result
 * never depends on the worker's time zone.
 */
import type { TimerDefinition } from '../graph/index.js';
import { IncidentError } from './errors.js';

const DURATION =
  /^(-)?P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/** Adds an ISO 8601 duration to an instant (epoch ms); undefined when the text is not a duration. */
export function addIsoDuration(fromMs: number, text: string): number | undefined {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim() === 'P' || text.trim().endsWith('T')) return undefined;
  const n = (i: number) => Number((m[i] ?? '0').replace(',', '.'));
  const sign = m[1] ? -1 : 1;
  const d = new Date(fromMs);
  d.setUTCFullYear(d.getUTCFullYear() + sign * n(2));
  d.setUTCMonth(d.getUTCMonth() + sign * n(3));
  d.setUTCDate(d.getUTCDate() + sign * (n(4) * 7 + n(5)));
  return d.getTime() + sign * Math.round((n(6) * 3600 + n(7) * 60 + n(8)) * 1000);
}

/** Milliseconds of a duration measured from `fromMs`; undefined when not a duration. */
export function isoDurationMs(text: string, fromMs = 0): number | undefined {
  const due = addIsoDuration(fromMs, text);
  return due === undefined ? undefined : due - fromMs;
}

/** A repeating interval `R[n]/[start/]duration`. `repeat` undefined means unbounded. */
export interface Cycle {
  repeat?: number;
  startMs?: number;
  duration: string;
}

export function parseCycle(text: string): Cycle | undefined {
  const parts = text.trim().split('/');
  const r = /^R(\d*)$/.exec(parts[0] ?? '');
  if (!r || parts.length < 2 || parts.length > 3) return undefined;
  const duration = parts[parts.length - 1] ?? '';
  if (isoDurationMs(duration) === undefined) return undefined;
  const startMs = parts.length === 3 ? Date.parse(parts[1] ?? '') : undefined;
  if (startMs !== undefined && Number.isNaN(startMs)) return undefined;
  return { repeat: r[1] ? Number(r[1]) : undefined, startMs, duration };
}

/**
 * First due time of a timer whose value is already resolved to text. Throws an incident for
 * text that is not valid for the timer kind (the compiler checks literals; FEEL results are
 * only known at run time).
 */
export function firstDueAt(kind: TimerDefinition['kind'], text: string, nowMs: number): number {
  if (kind === 'duration') {
    const due = addIsoDuration(nowMs, text);
    if (due === undefined) throw new IncidentError('timer', `"${text}" is not an ISO 8601 duration`);
    return due;
  }
  if (kind === 'date') {
    const due = Date.parse(text);
    if (Number.isNaN(due)) throw new IncidentError('timer', `"${text}" is not an ISO 8601 date-time`);
    return due;
  }
  const cycle = parseCycle(text);
  if (!cycle)
    throw new IncidentError('timer', `"${text}" is not an ISO 8601 repeating interval (R[n]/[start/]duration)`);
  return cycle.startMs ?? (addIsoDuration(nowMs, cycle.duration) as number);
}

/** Due time of the next firing of a cycle after `fired` firings, or undefined when it is exhausted. */
export function nextCycleDueAt(text: string, lastDueAt: number, fired: number): number | undefined {
  const cycle = parseCycle(text);
  if (!cycle || (cycle.repeat !== undefined && fired >= cycle.repeat)) return undefined;
  return addIsoDuration(lastDueAt, cycle.duration);
}
