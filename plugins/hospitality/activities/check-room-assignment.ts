import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { HospitalityRestaurantMealPeriod } from '../../../forms/generated/hospitality/restaurant-meal-period.js';

type Form = HospitalityRestaurantMealPeriod;
export interface AssignmentInput {
  attendance: Form['lineUp']['attendance'];
  bookings: Form['bookings'];
  assignments: Form['assignments'];
}

export interface AssignmentCheck {
  valid: boolean;
  /** What the director must correct, one sentence each (zh-CN / en). */
  problems: string[];
  /** Customer managers not on time at the line-up: no room, fine RST-02 (不按时到的，不给予分房并处罚10元). */
  lateCms: string[];
  /** Rooms the customer manager booked personally: that customer manager orders and follows them. */
  ownBookings: Array<{ room: string; cm: string }>;
}

/**
 * Checks the director's room assignment against the meal's table-booking list (订台单) and the
 * line-up (seed 000 第一篇 2 and 4):
 * - every booked room is assigned to exactly one customer manager present at the line-up;
 * - a late customer manager gets no room from the director (不给予分房);
 * - a room a customer manager booked personally goes to that customer manager (亲自点菜，跟踪全程服务),
 *   even when late (README, choices: rule 4 is about the booker's own guests, rule 2 about the
 *   director's distribution).
 */
export function checkAssignment({ attendance, bookings, assignments }: AssignmentInput): AssignmentCheck {
  const problems: string[] = [];
  const present = new Map(attendance.map((a) => [a.cm, a.onTime]));
  const lateCms = attendance.filter((a) => !a.onTime).map((a) => a.cm);
  const bookedBy = new Map(bookings.filter((b) => b.bookedBy).map((b) => [b.room, b.bookedBy as string]));
  const ownBookings = [...bookedBy].map(([room, cm]) => ({ room, cm }));
  const byRoom = new Map<string, string[]>();
  for (const a of assignments) byRoom.set(a.room, [...(byRoom.get(a.room) ?? []), a.cm]);

  for (const b of bookings) {
    const cms = byRoom.get(b.room) ?? [];
    if (cms.length === 0) problems.push(`${b.room}：订台单上的包房未分房 (booked room not assigned)`);
    if (cms.length > 1) problems.push(`${b.room}：分给了多位客户经理 (assigned to ${cms.join(', ')})`);
  }
  for (const a of assignments) {
    const own = bookedBy.get(a.room);
    if (!bookings.some((b) => b.room === a.room))
      problems.push(`${a.room}：不在当餐订台单上 (not on this meal's booking list)`);
    if (!present.has(a.cm)) problems.push(`${a.room}：${a.cm} 未参加站岗例会 (not at the line-up)`);
    else if (own && own !== a.cm)
      problems.push(`${a.room}：${own} 自己定的房间，应由其亲自点菜跟踪 (booked by ${own}, who must follow it)`);
    else if (!own && present.get(a.cm) === false)
      problems.push(`${a.room}：${a.cm} 不按时到，不给予分房 (late at the line-up: no room)`);
  }
  return { valid: problems.length === 0, problems, lateCms, ownBookings };
}

/** `hospitality.checkRoomAssignment@1`: is the director's room assignment by the rules? */
export const checkRoomAssignment = defineActivity({
  version: 1,
  description: {
    en: "Checks the director's private-room assignment against the booking list and the line-up (late: no room).",
    'zh-CN': '按订台单和站岗例会核对总监分房（不按时到的不给予分房）。',
  },
  input: {
    type: 'object',
    properties: {
      attendance: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          properties: { cm: { type: 'string' }, onTime: { type: 'boolean' }, postureNeat: { type: 'boolean' } },
          required: ['cm', 'onTime', 'postureNeat'],
          additionalProperties: false,
        },
      },
      bookings: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            room: { type: 'string' },
            guestName: { type: 'string' },
            partySize: { type: 'integer' },
            bookedBy: { type: 'string' },
          },
          required: ['room', 'guestName'],
          additionalProperties: false,
        },
      },
      assignments: {
        type: 'array',
        items: {
          type: 'object',
          properties: { room: { type: 'string' }, cm: { type: 'string' } },
          required: ['room', 'cm'],
          additionalProperties: false,
        },
      },
    },
    required: ['attendance', 'bookings', 'assignments'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      valid: { type: 'boolean' },
      problems: { type: 'array', items: { type: 'string' } },
      lateCms: { type: 'array', items: { type: 'string' } },
      ownBookings: {
        type: 'array',
        items: {
          type: 'object',
          properties: { room: { type: 'string' }, cm: { type: 'string' } },
          required: ['room', 'cm'],
          additionalProperties: false,
        },
      },
    },
    required: ['valid', 'problems', 'lateCms', 'ownBookings'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    const check = checkAssignment(input);
    ctx.logger.info('room assignment checked', { valid: check.valid, problems: check.problems.length });
    return check;
  },
});
