import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { HospitalityKtvRoomBooking } from '../../../forms/generated/hospitality/ktv-room-booking.js';
import {
  DEFAULT_UTC_OFFSET_MINUTES,
  DAY,
  MINUTE,
  instantAt,
  isoDuration,
  localDate,
  minutesOfDay,
  parseInstant,
} from './local-time.js';

export { DEFAULT_UTC_OFFSET_MINUTES, minutesOfDay };

/** Rule 1 holds until 21:00; rule 2 covers booked arrivals 20:45–22:45 (客户部订房制度 1–2). */
const HOLD_UNTIL = '21:00';
const RULE_1_BEFORE = minutesOfDay('20:45');
const RULE_2_UNTIL = minutesOfDay('22:45');
const ROOM_HOLD_MINUTES = 20;

export type HoldRule = 'until2100' | 'twentyMinutes' | 'after2245';

export interface BookingHold {
  holdRule: HoldRule;
  holdUntil: string;
}

/** What the hold is computed from: two fields of the booking form (订房单). */
export type BookingHoldInput = Pick<HospitalityKtvRoomBooking, 'expectedArrival' | 'roomAssignedAt'>;

/**
 * The hold of a KTV room booking (seed 002 「客户部订房制度」 1–2):
 * - booked arrival before 20:45 → held until the next 21:00 (local) at or after the room was assigned;
 * - arrival 20:45–22:45 → held 20 minutes after the front desk assigned the room;
 * - arrival after 22:45 is not stated in the source; we apply the 20-minute hold (README, choice 2).
 */
export function computeHold(expectedArrival: string, roomAssignedAt: Date, utcOffsetMinutes: number): BookingHold {
  const arrival = minutesOfDay(expectedArrival);
  if (arrival >= RULE_1_BEFORE) {
    const holdUntil = new Date(roomAssignedAt.getTime() + ROOM_HOLD_MINUTES * MINUTE);
    return { holdRule: arrival <= RULE_2_UNTIL ? 'twentyMinutes' : 'after2245', holdUntil: holdUntil.toISOString() };
  }
  let due = instantAt(localDate(roomAssignedAt, utcOffsetMinutes), HOLD_UNTIL, utcOffsetMinutes).getTime();
  if (due < roomAssignedAt.getTime()) due += DAY;
  return { holdRule: 'until2100', holdUntil: new Date(due).toISOString() };
}

/**
 * The hold of a booking as the front desk recorded it: counted from the recorded assignment time
 * (`roomAssignedAt`, else `fallbackAssignedAt`), with its length as an ISO duration, so the boundary
 * timer runs for exactly that long from the moment the room is assigned in the process.
 */
export function holdForBooking(
  booking: BookingHoldInput,
  fallbackAssignedAt: Date,
  utcOffsetMinutes: number,
): BookingHold & { holdDuration: string; roomAssignedAt: string } {
  const assignedAt = booking.roomAssignedAt
    ? parseInstant(booking.roomAssignedAt, 'roomAssignedAt')
    : fallbackAssignedAt;
  const hold = computeHold(booking.expectedArrival, assignedAt, utcOffsetMinutes);
  return {
    ...hold,
    holdDuration: isoDuration(Date.parse(hold.holdUntil) - assignedAt.getTime()),
    roomAssignedAt: assignedAt.toISOString(),
  };
}

/**
 * `hospitality.computeBookingHold@1`: when a booked KTV room is released if the guest has not come.
 * The assignment time is the front desk's `roomAssignedAt` (form field 排房时间); without it, the
 * workflow clock when the activity runs.
 */
export const computeBookingHold = defineActivity({
  version: 1,
  description: {
    en: 'Computes how long a booked KTV room is held: until 21:00, or 20 minutes after assignment.',
    'zh-CN': '计算订房预留时间：预留到21:00，或排房后统一预留20分钟。',
  },
  input: {
    type: 'object',
    properties: {
      expectedArrival: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
      roomAssignedAt: { type: ['string', 'null'], format: 'date-time' },
      utcOffsetMinutes: { type: 'integer', minimum: -720, maximum: 840 },
    },
    required: ['expectedArrival'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      holdRule: { type: 'string', enum: ['until2100', 'twentyMinutes', 'after2245'] },
      holdUntil: { type: 'string', format: 'date-time' },
      holdDuration: { type: 'string', format: 'duration' },
      roomAssignedAt: { type: 'string', format: 'date-time' },
    },
    required: ['holdRule', 'holdUntil', 'holdDuration', 'roomAssignedAt'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    const booking: BookingHoldInput = {
      expectedArrival: input.expectedArrival,
      ...(input.roomAssignedAt ? { roomAssignedAt: input.roomAssignedAt } : {}),
    };
    let hold: ReturnType<typeof holdForBooking>;
    try {
      hold = holdForBooking(booking, ctx.clock.now(), input.utcOffsetMinutes ?? DEFAULT_UTC_OFFSET_MINUTES);
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidArrivalTime');
    }
    ctx.logger.info('booking hold computed', { ...hold });
    return hold;
  },
});
