import { describe, expect, it } from 'vitest';
import { IncidentError } from './errors.js';
import { addIsoDuration, firstDueAt, nextCycleDueAt, parseCycle } from './timers.js';

const t0 = Date.parse('2024-01-31T10:00:00.000Z');

describe('ISO 8601 timers', () => {
  it('should add durations with calendar parts in UTC', () => {
    // when / then
    expect(new Date(addIsoDuration(t0, 'PT1H30M') as number).toISOString()).toBe('2024-01-31T11:30:00.000Z');
    expect(new Date(addIsoDuration(t0, 'P1D') as number).toISOString()).toBe('2024-02-01T10:00:00.000Z');
    expect(new Date(addIsoDuration(t0, 'P1W') as number).toISOString()).toBe('2024-02-07T10:00:00.000Z');
    expect(new Date(addIsoDuration(t0, 'PT0.5S') as number).toISOString()).toBe('2024-01-31T10:00:00.500Z');
    expect(addIsoDuration(t0, 'P')).toBeUndefined();
    expect(addIsoDuration(t0, '5 minutes')).toBeUndefined();
  });

  it('should parse repeating intervals and stop after the repeat count', () => {
    // given
    const cycle = 'R2/PT10M';
    // when
    const first = firstDueAt('cycle', cycle, t0);
    const second = nextCycleDueAt(cycle, first, 1);
    const third = nextCycleDueAt(cycle, second as number, 2);
    // then
    expect(parseCycle('R/PT1H')).toEqual({ repeat: undefined, startMs: undefined, duration: 'PT1H' });
    expect(first - t0).toBe(600_000);
    expect((second as number) - first).toBe(600_000);
    expect(third).toBeUndefined();
  });

  it('should raise a timer incident for text that is not ISO 8601', () => {
    // when / then
    expect(() => firstDueAt('duration', 'soon', t0)).toThrow(IncidentError);
    expect(() => firstDueAt('date', 'tomorrow', t0)).toThrow(/date-time/);
    expect(firstDueAt('date', '2024-02-01T00:00:00Z', t0)).toBe(Date.parse('2024-02-01T00:00:00Z'));
  });
});
