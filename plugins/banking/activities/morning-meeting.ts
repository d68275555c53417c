import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { BankingMorningMeeting } from '../../../forms/generated/index.js';
import { DEFAULT_UTC_OFFSET_MINUTES, MORNING_MEETING } from '../data/time-rules.js';
import { formatTimeOfDay, HHMM_PATTERN, isoMinutes, localClock, minutesOfDay } from './time.js';
import { HHMM, TEXT } from './schemas.js';

export interface MeetingWindow {
  latestStartForFullMeeting: string;
  mustEndBy: string;
  maxMinutes: number;
}

export interface MeetingPlan {
  meetingDate: string;
  openingTime: string;
  window: MeetingWindow;
  /** From `startTime` until the meeting must have ended / the counter opens, as ISO durations. */
  untilMustEnd: string;
  untilOpening: string;
  source: string;
}

/**
 * The morning meeting's window from the counter's opening time (004 一、營業前 1, L8): it is
 * "generally kept within 20 minutes" and "ends 5 minutes before the counter opens", so it must end
 * by opening − 5 and, to run its full 20 minutes, start by opening − 25.
 */
export function meetingWindow(openingTime: string): MeetingWindow {
  const opening = minutesOfDay(openingTime);
  const mustEnd = opening - MORNING_MEETING.endsBeforeOpeningMinutes;
  if (mustEnd - MORNING_MEETING.maxMinutes < 0)
    throw new RangeError(`opening at ${openingTime} leaves no room for a morning meeting`);
  return {
    latestStartForFullMeeting: formatTimeOfDay(mustEnd - MORNING_MEETING.maxMinutes),
    mustEndBy: formatTimeOfDay(mustEnd),
    maxMinutes: MORNING_MEETING.maxMinutes,
  };
}

export function planMorningMeeting(
  input: { openingTime: string; startTime?: string; meetingDate?: string },
  now: Date,
  utcOffsetMinutes: number,
): MeetingPlan {
  const window = meetingWindow(input.openingTime);
  const clock = localClock(now, utcOffsetMinutes);
  const start = input.startTime === undefined ? clock.minutes : minutesOfDay(input.startTime);
  const opening = minutesOfDay(input.openingTime);
  return {
    meetingDate: input.meetingDate ?? clock.date,
    openingTime: input.openingTime,
    window,
    untilMustEnd: isoMinutes(minutesOfDay(window.mustEndBy) - start),
    untilOpening: isoMinutes(opening - start),
    source: MORNING_MEETING.source,
  };
}

export type MeetingRecord = BankingMorningMeeting['record'];

export interface MeetingFinding {
  code: 'overran' | 'endedLate' | 'agendaIncomplete' | 'endsBeforeStart';
  'zh-CN': string;
  en: string;
}

export interface MeetingCheck {
  compliant: boolean;
  durationMinutes: number;
  minutesOver: number;
  endedLateByMinutes: number;
  missingAgenda: Array<{ key: string; 'zh-CN': string; en: string }>;
  findings: MeetingFinding[];
}

/** The five agenda items of 晨例會 (004 L5–7), in order. */
export const MEETING_AGENDA = [
  { key: 'morningExercises', 'zh-CN': '①晨操', en: '① Morning exercises' },
  { key: 'groomingSelfAndPeerChecked', 'zh-CN': '②着装和仪表的自检和互检', en: '② Dress and grooming checked' },
  { key: 'yesterdayReviewed', 'zh-CN': '③小结昨天的工作，交流疑难问题', en: "③ Yesterday's work reviewed" },
  { key: 'studyAndTasks', 'zh-CN': '④学习新的条款、制度或业务文件，布置工作任务', en: '④ Study and task assignment' },
  { key: 'storyShared', 'zh-CN': '⑤一名柜员分享激励故事或小笑话', en: '⑤ A teller shares a story' },
] as const satisfies ReadonlyArray<{ key: keyof MeetingRecord; 'zh-CN': string; en: string }>;

/** A recorded meeting against its window: ≤ 20 minutes, ended by opening − 5, all five agenda items. */
export function checkMorningMeeting(openingTime: string, record: MeetingRecord): MeetingCheck {
  const window = meetingWindow(openingTime);
  const start = minutesOfDay(record.startedAt);
  const end = minutesOfDay(record.endedAt);
  const findings: MeetingFinding[] = [];
  if (end <= start) {
    findings.push({
      code: 'endsBeforeStart',
      'zh-CN': `结束时间${record.endedAt}不晚于开始时间${record.startedAt}`,
      en: `Ends at ${record.endedAt}, not after its start at ${record.startedAt}`,
    });
  }
  const duration = Math.max(0, end - start);
  const minutesOver = Math.max(0, duration - window.maxMinutes);
  if (minutesOver > 0) {
    findings.push({
      code: 'overran',
      'zh-CN': `晨例会${duration}分钟，超过${window.maxMinutes}分钟`,
      en: `The meeting took ${duration} minutes, over ${window.maxMinutes}`,
    });
  }
  const endedLate = Math.max(0, end - minutesOfDay(window.mustEndBy));
  if (endedLate > 0) {
    findings.push({
      code: 'endedLate',
      'zh-CN': `${record.endedAt}结束，晚于开门营业前5分钟（${window.mustEndBy}）`,
      en: `Ended at ${record.endedAt}, after ${window.mustEndBy} (5 minutes before opening)`,
    });
  }
  const missingAgenda = MEETING_AGENDA.filter((a) => record[a.key] !== true).map((a) => ({
    key: a.key,
    'zh-CN': a['zh-CN'],
    en: a.en,
  }));
  if (missingAgenda.length > 0) {
    findings.push({
      code: 'agendaIncomplete',
      'zh-CN': `未进行：${missingAgenda.map((a) => a['zh-CN']).join('、')}`,
      en: `Not done: ${missingAgenda.map((a) => a.en).join(', ')}`,
    });
  }
  return {
    compliant: findings.length === 0,
    durationMinutes: duration,
    minutesOver,
    endedLateByMinutes: endedLate,
    missingAgenda,
    findings,
  };
}

/** `banking.planMorningMeeting@1`: the meeting window from the opening time. */
export const planMorningMeetingActivity = defineActivity({
  version: 1,
  description: {
    en: 'Computes the morning meeting window from the counter opening time: at most 20 minutes, ending 5 minutes before opening.',
    'zh-CN': '根据柜面开门营业时间计算晨例会时间：20分钟以内，开门营业前5分钟结束。',
  },
  input: {
    type: 'object',
    properties: {
      openingTime: HHMM,
      startTime: { type: ['string', 'null'], pattern: HHMM_PATTERN },
      meetingDate: { type: ['string', 'null'], format: 'date' },
      utcOffsetMinutes: { type: ['integer', 'null'], minimum: -720, maximum: 840 },
    },
    required: ['openingTime'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      meetingDate: { type: 'string', format: 'date' },
      openingTime: HHMM,
      window: {
        type: 'object',
        properties: { latestStartForFullMeeting: HHMM, mustEndBy: HHMM, maxMinutes: { type: 'integer' } },
        required: ['latestStartForFullMeeting', 'mustEndBy', 'maxMinutes'],
        additionalProperties: false,
      },
      untilMustEnd: { type: 'string', pattern: '^PT' },
      untilOpening: { type: 'string', pattern: '^PT' },
      source: TEXT,
    },
    required: ['meetingDate', 'openingTime', 'window', 'untilMustEnd', 'untilOpening', 'source'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    // Unset process variables arrive as null through the input mappings.
    const meeting = {
      openingTime: input.openingTime,
      ...(input.startTime ? { startTime: input.startTime } : {}),
      ...(input.meetingDate ? { meetingDate: input.meetingDate } : {}),
    };
    try {
      return planMorningMeeting(meeting, ctx.clock.now(), input.utcOffsetMinutes ?? DEFAULT_UTC_OFFSET_MINUTES);
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidOpeningTime');
    }
  },
});

/** `banking.checkMorningMeeting@1`: a recorded meeting against the window and the agenda. */
export const checkMorningMeetingActivity = defineActivity({
  version: 1,
  description: {
    en: 'Checks a recorded morning meeting: within 20 minutes, ended 5 minutes before opening, five agenda items held.',
    'zh-CN': '核对晨例会记录：20分钟以内、开门营业前5分钟结束、五项内容齐全。',
  },
  input: {
    type: 'object',
    properties: {
      openingTime: HHMM,
      record: {
        type: 'object',
        properties: {
          organiser: TEXT,
          startedAt: HHMM,
          endedAt: HHMM,
          attendees: { type: 'integer', minimum: 1 },
          absentees: TEXT,
          morningExercises: { type: 'boolean' },
          groomingSelfAndPeerChecked: { type: 'boolean' },
          yesterdayReviewed: { type: 'boolean' },
          studyAndTasks: { type: 'boolean' },
          storyShared: { type: 'boolean' },
          storyTeller: TEXT,
          topics: TEXT,
        },
        required: [
          'organiser',
          'startedAt',
          'endedAt',
          'attendees',
          'morningExercises',
          'groomingSelfAndPeerChecked',
          'yesterdayReviewed',
          'studyAndTasks',
          'storyShared',
        ],
        additionalProperties: false,
      },
    },
    required: ['openingTime', 'record'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      compliant: { type: 'boolean' },
      durationMinutes: { type: 'integer', minimum: 0 },
      minutesOver: { type: 'integer', minimum: 0 },
      endedLateByMinutes: { type: 'integer', minimum: 0 },
      missingAgenda: {
        type: 'array',
        items: {
          type: 'object',
          properties: { key: TEXT, 'zh-CN': TEXT, en: TEXT },
          required: ['key', 'zh-CN', 'en'],
          additionalProperties: false,
        },
      },
      findings: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            code: { type: 'string', enum: ['overran', 'endedLate', 'agendaIncomplete', 'endsBeforeStart'] },
            'zh-CN': TEXT,
            en: TEXT,
          },
          required: ['code', 'zh-CN', 'en'],
          additionalProperties: false,
        },
      },
    },
    required: ['compliant', 'durationMinutes', 'minutesOver', 'endedLateByMinutes', 'missingAgenda', 'findings'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const result = checkMorningMeeting(input.openingTime, input.record);
      ctx.logger.info('morning meeting checked', { compliant: result.compliant, findings: result.findings.length });
      return result;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidMeetingRecord');
    }
  },
});
