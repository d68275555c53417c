import { ApplicationFailure } from '@temporalio/activity';
import type { TobaccoDailyRoutine } from '../../../forms/generated/tobacco/daily-routine.js';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { DAILY_TIMES, VISIT_STANDARDS } from '../data/work-standards.js';
import { minutesOfDay } from './site-time.js';

type Schedule = TobaccoDailyRoutine['morning']['schedule'];
type Field = NonNullable<TobaccoDailyRoutine['field']>;
type Report = NonNullable<TobaccoDailyRoutine['report']>;

export interface DailyReportFacts {
  reportFacts: {
    plannedVisits: number;
    actualVisits: number;
    notVisited: Array<{ retailerId: string; reason: string }>;
  };
  dayReport: {
    minimumVisits: number;
    quotaMet: boolean;
    firstVisitOnTime: boolean;
    shortVisits: string[];
    keyBrandListingRate: number | null;
    reportOverdue: boolean;
    summary: string;
  };
}

/** A percentage with one decimal, or null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/**
 * The daily report's counted items and the day's checks (003 第五篇 二、(四)、(七); 一、(二)):
 * 1 planned visits = retailers on the visit schedule (L333); 2 actual visits = retailers served on
 * site (L335); 3 each retailer not visited with its reason (L337); the visit standard, urban ≥ 30 and
 * rural ≥ 25 (L231); at least 8 minutes per retailer (L233); the first retailer by 9:30 (L259);
 * 7 key-brand listing, retailers that list the brand ÷ retailers that should (L345).
 */
export function compileDay(
  schedule: Schedule,
  field: Field,
  keyBrandListing: Report['keyBrandListing'] = [],
  reportOverdue = false,
): DailyReportFacts {
  const visited = field.visits.filter((v) => v.visited);
  const recorded = new Set(field.visits.map((v) => v.retailerId));
  const notVisited = [
    ...field.visits
      .filter((v) => !v.visited)
      .map((v) => ({ retailerId: v.retailerId, reason: v.reasonNotVisited ?? '未说明原因' })),
    ...schedule.plannedRetailers
      .filter((r) => !recorded.has(r.retailerId))
      .map((r) => ({ retailerId: r.retailerId, reason: '未记录拜访情况 (not recorded)' })),
  ];
  const minimumVisits = VISIT_STANDARDS.minimumVisits[schedule.marketArea];
  const quotaMet = visited.length >= minimumVisits;
  const firstVisitOnTime =
    visited.length > 0 && minutesOfDay(field.firstArrivalAt) <= minutesOfDay(DAILY_TIMES.firstVisitBy);
  const shortVisits = visited
    .filter((v) => (v.serviceMinutes ?? 0) < VISIT_STANDARDS.minimumServiceMinutes)
    .map((v) => v.retailerId);
  const should = keyBrandListing.reduce((sum, b) => sum + b.shouldList, 0);
  const listed = keyBrandListing.reduce((sum, b) => sum + Math.min(b.actuallyListed, b.shouldList), 0);
  const keyBrandListingRate = percent(listed, should);
  const summary = [
    `计划拜访${schedule.plannedRetailers.length}户,实际拜访${visited.length}户`,
    `拜访户数标准${minimumVisits}户(${schedule.marketArea === 'urban' ? '城区' : '农村'}):${quotaMet ? '达标' : '未达标'}`,
    `9:30前到达第一个客户:${firstVisitOnTime ? '是' : '否'}`,
    `服务时间不足${VISIT_STANDARDS.minimumServiceMinutes}分钟:${shortVisits.length}户`,
    keyBrandListingRate === null ? undefined : `重点品牌上柜率${keyBrandListingRate}%`,
    reportOverdue ? '16:00汇报超时' : undefined,
  ]
    .filter(Boolean)
    .join(';');
  return {
    reportFacts: { plannedVisits: schedule.plannedRetailers.length, actualVisits: visited.length, notVisited },
    dayReport: { minimumVisits, quotaMet, firstVisitOnTime, shortVisits, keyBrandListingRate, reportOverdue, summary },
  };
}

/** `tobacco.compileDailyReport@1`: the report's counted items 1–3 and the day's checks for the leader. */
export const compileDailyReport = defineActivity({
  version: 1,
  description: {
    en: 'Counts planned and actual visits, lists missed retailers, checks the visit standard, 9:30 and 8 minutes.',
    'zh-CN': '统计计划拜访户数、实际拜访户数、未拜访原因,核对拜访户数标准、9:30到达及每户8分钟。',
  },
  input: {
    type: 'object',
    properties: {
      schedule: { type: 'object' },
      field: { type: 'object' },
      keyBrandListing: { type: ['array', 'null'], items: { type: 'object' } },
      reportOverdue: { type: ['boolean', 'null'] },
    },
    required: ['schedule', 'field'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      reportFacts: {
        type: 'object',
        properties: {
          plannedVisits: { type: 'integer' },
          actualVisits: { type: 'integer' },
          notVisited: {
            type: 'array',
            items: {
              type: 'object',
              properties: { retailerId: { type: 'string' }, reason: { type: 'string' } },
              required: ['retailerId', 'reason'],
              additionalProperties: false,
            },
          },
        },
        required: ['plannedVisits', 'actualVisits', 'notVisited'],
        additionalProperties: false,
      },
      dayReport: {
        type: 'object',
        properties: {
          minimumVisits: { type: 'integer' },
          quotaMet: { type: 'boolean' },
          firstVisitOnTime: { type: 'boolean' },
          shortVisits: { type: 'array', items: { type: 'string' } },
          keyBrandListingRate: { type: ['number', 'null'] },
          reportOverdue: { type: 'boolean' },
          summary: { type: 'string' },
        },
        required: [
          'minimumVisits',
          'quotaMet',
          'firstVisitOnTime',
          'shortVisits',
          'keyBrandListingRate',
          'reportOverdue',
          'summary',
        ],
        additionalProperties: false,
      },
    },
    required: ['reportFacts', 'dayReport'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input) {
    try {
      return compileDay(
        input.schedule as unknown as Schedule,
        input.field as unknown as Field,
        (input.keyBrandListing ?? []) as unknown as Report['keyBrandListing'],
        input.reportOverdue === true,
      );
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidDailyReport');
    }
  },
});
