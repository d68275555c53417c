import type { ModdleElement } from 'bpmn-moddle';
import type { TimerDefinition } from '../graph/index.js';
import { isFeel, readFeel } from './feel.js';
import { BpmnErrorCode, type ProblemSink } from './problems.js';

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?(\[[\w/+-]+\])?$/;

/** ISO 8601 duration: `PT15M`, `P2D`, `P1Y2M3DT4H5M6S`, `P3W`. */
export function isIsoDuration(value: string): boolean {
  return DURATION.test(value);
}

/** ISO 8601 date-time, optionally with an offset and a `[Region/City]` zone (as Camunda 8 allows). */
export function isIsoDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  // The regex accepts 2024-13-45; Date.parse rejects impossible calendar values.
  return !Number.isNaN(Date.parse(`${match[1]}${match[4] ?? 'Z'}`));
}

/** `R[n]/duration`, `R[n]/start/duration` or `R[n]/duration/end`. */
export function isIsoRepeatingInterval(value: string): boolean {
  const match = /^R(\d*)\/(.+)$/.exec(value);
  if (!match?.[2]) return false;
  const parts = match[2].split('/');
  if (parts.length === 1) return isIsoDuration(parts[0]!);
  if (parts.length !== 2) return false;
  const [a, b] = parts as [string, string];
  return (isIsoDateTime(a) && isIsoDuration(b)) || (isIsoDuration(a) && isIsoDateTime(b));
}

const CHECKS: Record<TimerDefinition['kind'], { test: (v: string) => boolean; expected: string }> = {
  duration: { test: isIsoDuration, expected: 'an ISO 8601 duration such as PT15M' },
  date: { test: isIsoDateTime, expected: 'an ISO 8601 date-time such as 2025-01-31T09:00:00Z' },
  cycle: { test: isIsoRepeatingInterval, expected: 'an ISO 8601 repeating interval such as R/PT1H' },
};

/**
 * Maps a bpmn:TimerEventDefinition. Exactly one of timeDuration, timeDate and timeCycle must be
 * set; its body is ISO 8601 or (with a leading `=`) FEEL that parses.
 */
export function readTimer(
  definition: ModdleElement,
  elementId: string,
  problems: ProblemSink,
): TimerDefinition | undefined {
  const set = (
    [
      ['duration', definition.timeDuration],
      ['date', definition.timeDate],
      ['cycle', definition.timeCycle],
    ] as const
  ).filter(([, expression]) => expression !== undefined) as [TimerDefinition['kind'], { body?: string }][];
  if (set.length !== 1) {
    problems.error(
      BpmnErrorCode.InvalidTimer,
      `A timer needs exactly one of timeDuration, timeDate or timeCycle; found ${set.length}.`,
      elementId,
    );
    return undefined;
  }
  const [kind, expression] = set[0]!;
  const raw = (expression?.body ?? '').trim();
  if (isFeel(raw)) {
    const feel = readFeel(raw, `Timer ${kind}`, elementId, problems);
    return feel === undefined ? undefined : { kind, value: { feel } };
  }
  const check = CHECKS[kind];
  if (raw === '') {
    problems.error(BpmnErrorCode.InvalidTimer, `The timer's ${kind} is empty; expected ${check.expected}.`, elementId);
    return undefined;
  }
  if (!check.test(raw)) {
    problems.error(BpmnErrorCode.InvalidTimer, `Timer ${kind} "${raw}" is not ${check.expected}.`, elementId);
    return undefined;
  }
  return { kind, value: { literal: raw } };
}
