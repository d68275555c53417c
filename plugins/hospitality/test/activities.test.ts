import { MockActivityEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import { activityTypeOf, createPluginActivities } from '../../../engine/plugin-api/index.js';
import { memoryPluginDeps } from '../../../engine/plugin-api/testing/index.js';
import { assessFineFromSchedule } from '../activities/assess-fine.js';
import { computeHold } from '../activities/compute-booking-hold.js';
import { hospitalityPlugin } from '../plugin.js';

const CST = 480;
const activities = createPluginActivities(hospitalityPlugin, memoryPluginDeps());
const silent = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
const run = async (name: string, input: unknown): Promise<Record<string, unknown>> => {
  const activity = activities[activityTypeOf('hospitality', name, 1)]!;
  const result: unknown = await new MockActivityEnvironment({}, { logger: silent }).run(activity, input);
  return result as Record<string, unknown>;
};

describe('computeHold (客户部订房制度 1–2)', () => {
  it('should hold a booking for an arrival before 20:45 until 21:00 China time the same evening', () => {
    // given the room assigned at 19:10 +08:00
    const assignedAt = new Date('2026-03-01T11:10:00Z');
    // when / then
    expect(computeHold('20:30', assignedAt, CST)).toEqual({
      holdRule: 'until2100',
      holdUntil: '2026-03-01T13:00:00.000Z',
    });
  });

  it('should hold until the next evening when the room is assigned after 21:00', () => {
    expect(computeHold('20:00', new Date('2026-03-01T13:30:00Z'), CST).holdUntil).toBe('2026-03-02T13:00:00.000Z');
  });

  it('should hold an arrival between 20:45 and 22:45 for 20 minutes after the room is assigned', () => {
    expect(computeHold('20:45', new Date('2026-03-01T13:05:00Z'), CST)).toEqual({
      holdRule: 'twentyMinutes',
      holdUntil: '2026-03-01T13:25:00.000Z',
    });
    expect(computeHold('22:45', new Date('2026-03-01T13:05:00Z'), CST).holdRule).toBe('twentyMinutes');
  });

  it('should apply the 20-minute hold after 22:45, marked as the unstated case', () => {
    expect(computeHold('23:00', new Date('2026-03-01T14:50:00Z'), CST).holdRule).toBe('after2245');
  });

  it('should refuse a time that is not HH:MM', () => {
    expect(() => computeHold('9pm', new Date(), CST)).toThrow(RangeError);
  });
});

describe('assessFineFromSchedule', () => {
  it('should fine cheating on a late re-booking 500', () => {
    expect(assessFineFromSchedule({ code: 'KTV-B02' })).toMatchObject({ amount: 500 });
  });

  it('should multiply the tip 5× then 10×, then dismiss', () => {
    expect(assessFineFromSchedule({ code: 'KTV-D14', tipAmount: 100 }).amount).toBe(500);
    expect(assessFineFromSchedule({ code: 'KTV-D14', tipAmount: 100, offenceNumber: 2 }).amount).toBe(1000);
    expect(assessFineFromSchedule({ code: 'KTV-D14', offenceNumber: 3 })).toMatchObject({ amount: 0 });
    expect(assessFineFromSchedule({ code: 'KTV-D14', offenceNumber: 3 }).sanction).toMatch(/dismissal/);
  });

  it('should keep a range fine within its bounds and default to the minimum', () => {
    expect(assessFineFromSchedule({ code: 'KTV-D08' }).amount).toBe(200);
    expect(() => assessFineFromSchedule({ code: 'KTV-D08', amount: 600 })).toThrow(/200–500/);
  });

  it('should double TEA-10 on each repeat and charge TEA-02 per minute', () => {
    expect(assessFineFromSchedule({ code: 'TEA-10', offenceNumber: 3 }).amount).toBe(80);
    expect(assessFineFromSchedule({ code: 'TEA-02', minutesLate: 7 }).amount).toBe(7);
  });

  it('should refuse an unknown code', () => {
    expect(() => assessFineFromSchedule({ code: 'NOPE' })).toThrow(/no fine rule/);
  });
});

describe('hospitality activities through the SDK', () => {
  it('should return the hold and the assignment time', async () => {
    const result = await run('computeBookingHold', { expectedArrival: '21:30' });
    expect(result).toMatchObject({ holdRule: 'twentyMinutes' });
    expect(Date.parse(result['holdUntil'] as string) - Date.parse(result['roomAssignedAt'] as string)).toBe(
      20 * 60_000,
    );
  });

  it('should refuse an unknown fine code without retrying', async () => {
    await expect(run('assessFine', { code: 'NOPE' })).rejects.toThrow(/no fine rule/);
  });
});
