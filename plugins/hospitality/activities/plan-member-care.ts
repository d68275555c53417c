import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { HospitalityMemberCare } from '../../../forms/generated/hospitality/member-care.js';
import { timetableSlot } from '../data/tea-house-timetable.js';
import {
  DEFAULT_UTC_OFFSET_MINUTES,
  addDays,
  instantAt,
  isoDuration,
  localDate,
  monthStart,
  parseInstant,
} from './local-time.js';

export type CareType = HospitalityMemberCare['careType'];
/** The member's data the timing is computed from (form `hospitality/member-care`, section `member`). */
export type MemberCareInput = { careType: CareType } & Pick<
  NonNullable<HospitalityMemberCare['member']>,
  'joinedAt' | 'birthday'
>;

export interface CarePlan {
  careType: CareType;
  /** Local date the contact is due on. */
  dueDate: string;
  windowStart: string;
  windowEnd: string;
  /** From the reference time until the window opens (PT0S when it is open or past). */
  wait: string;
  /** From when the task opens until the window closes (PT0S when it has closed). */
  window: string;
  /** Monthly callback: members who joined in this period. */
  periodFrom?: string;
  periodTo?: string;
  /** Welcome SMS: the same day's client-data slot (12:20–13:20), when the new member's data are completed. */
  dataSlotStart?: string;
  dataSlotEnd?: string;
}

/** Birthday month-day in a given year; 29 February falls on 28 February in other years (README, choices). */
export function birthdayIn(birthday: string, year: number): string {
  const [, month, day] = /^\d{4}-(\d{2})-(\d{2})$/.exec(birthday) ?? [];
  if (!month || !day) throw new RangeError(`birthday "${birthday}" is not a YYYY-MM-DD date`);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const d = month === '02' && day === '29' && !leap ? '28' : day;
  return `${String(year).padStart(4, '0')}-${month}-${d}`;
}

/**
 * When a member is contacted (seed 000 第四篇, digest §2.2.4 A and §3.4.2):
 * - `welcomeSms`: 给昨天新加入的会员发送短信 — the day after joining, in the 11:00–11:50 slot;
 *   the reference time defaults to the joining time, so the wait runs from the sign-up;
 * - `birthdayCall`: 给生日会员打电话祝福 — on the birthday, 11:00–11:50; the next birthday whose slot
 *   has not ended at the reference time;
 * - `monthlyCallback`: 每月维护新加入的会员，进行回访 — members who joined in the previous calendar month,
 *   called back during the current month (window until the first day of next month, 00:00).
 */
export function computeCarePlan(
  input: MemberCareInput,
  reference: Date | undefined,
  utcOffsetMinutes: number,
): CarePlan {
  const slot = timetableSlot('memberContact');
  const at = (date: string, time: string) => instantAt(date, time, utcOffsetMinutes);
  let ref: Date;
  let dueDate: string;
  let start: Date;
  let end: Date;
  const extra: Partial<CarePlan> = {};
  switch (input.careType) {
    case 'welcomeSms': {
      if (!input.joinedAt) throw new RangeError('welcomeSms needs the member’s joinedAt');
      const joined = parseInstant(input.joinedAt, 'joinedAt');
      ref = reference ?? joined;
      dueDate = addDays(localDate(joined, utcOffsetMinutes), 1);
      start = at(dueDate, slot.start);
      end = at(dueDate, slot.end);
      const data = timetableSlot('clientData');
      extra.dataSlotStart = at(dueDate, data.start).toISOString();
      extra.dataSlotEnd = at(dueDate, data.end).toISOString();
      break;
    }
    case 'birthdayCall': {
      if (!input.birthday) throw new RangeError('birthdayCall needs the member’s birthday');
      if (!reference) throw new RangeError('birthdayCall needs a reference time');
      ref = reference;
      const year = Number(localDate(ref, utcOffsetMinutes).slice(0, 4));
      dueDate = birthdayIn(input.birthday, year);
      if (at(dueDate, slot.end).getTime() <= ref.getTime()) dueDate = birthdayIn(input.birthday, year + 1);
      start = at(dueDate, slot.start);
      end = at(dueDate, slot.end);
      break;
    }
    case 'monthlyCallback': {
      if (!reference) throw new RangeError('monthlyCallback needs a reference time');
      ref = reference;
      const today = localDate(ref, utcOffsetMinutes);
      const nextMonth = monthStart(today, 1);
      extra.periodFrom = monthStart(today, -1);
      extra.periodTo = addDays(monthStart(today), -1);
      dueDate = addDays(nextMonth, -1);
      start = ref;
      end = at(nextMonth, '00:00');
      break;
    }
  }
  const opens = Math.max(start.getTime(), ref.getTime());
  return {
    careType: input.careType,
    dueDate,
    windowStart: start.toISOString(),
    windowEnd: end.toISOString(),
    wait: isoDuration(start.getTime() - ref.getTime()),
    window: isoDuration(end.getTime() - opens),
    ...extra,
  };
}

/**
 * `hospitality.planMemberCare@1`: when to send the welcome SMS, make the birthday call or run the
 * monthly callback, from the member's data. `referenceTime` is when the count starts (default: the
 * joining time for the welcome SMS, the workflow clock otherwise — a schedule passes none).
 */
export const planMemberCare = defineActivity({
  version: 1,
  description: {
    en: "Computes the member-care window (welcome SMS next day 11:00–11:50, birthday call, monthly callback) from the member's data.",
    'zh-CN': '按会员资料计算关怀时段（次日11:00—11:50欢迎短信、生日祝福电话、月度回访）。',
  },
  input: {
    type: 'object',
    properties: {
      careType: { type: 'string', enum: ['welcomeSms', 'birthdayCall', 'monthlyCallback'] },
      joinedAt: { type: ['string', 'null'], format: 'date-time' },
      birthday: { type: ['string', 'null'], format: 'date' },
      referenceTime: { type: ['string', 'null'], format: 'date-time' },
      utcOffsetMinutes: { type: ['integer', 'null'], minimum: -720, maximum: 840 },
    },
    required: ['careType'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      careType: { type: 'string', enum: ['welcomeSms', 'birthdayCall', 'monthlyCallback'] },
      dueDate: { type: 'string', format: 'date' },
      windowStart: { type: 'string', format: 'date-time' },
      windowEnd: { type: 'string', format: 'date-time' },
      wait: { type: 'string', format: 'duration' },
      window: { type: 'string', format: 'duration' },
      periodFrom: { type: 'string', format: 'date' },
      periodTo: { type: 'string', format: 'date' },
      dataSlotStart: { type: 'string', format: 'date-time' },
      dataSlotEnd: { type: 'string', format: 'date-time' },
    },
    required: ['careType', 'dueDate', 'windowStart', 'windowEnd', 'wait', 'window'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    const member: MemberCareInput = {
      careType: input.careType,
      ...(input.joinedAt ? { joinedAt: input.joinedAt } : {}),
      ...(input.birthday ? { birthday: input.birthday } : {}),
    };
    const reference = input.referenceTime
      ? new Date(Date.parse(input.referenceTime))
      : input.careType === 'welcomeSms'
        ? undefined
        : ctx.clock.now();
    try {
      const plan = computeCarePlan(member, reference, input.utcOffsetMinutes ?? DEFAULT_UTC_OFFSET_MINUTES);
      ctx.logger.info('member care planned', { ...plan });
      return plan;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidMemberData');
    }
  },
});
