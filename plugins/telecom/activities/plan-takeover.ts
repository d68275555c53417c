import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { TelecomClientHandover } from '../../../forms/generated/telecom/client-handover.js';
import type { WorkingCalendar } from '../data/working-calendar.js';
import { calendarFrom, parseInstant } from './calendar.js';
import { workingDeadline } from './resolve-reporting-day.js';

type Portfolio = TelecomClientHandover['portfolio'];

export interface PlannedRequest {
  clientName: string;
  description: string;
  promisedBy: string;
  hoursLeft: number;
}

export interface PlannedAppointment {
  clientName: string;
  appointmentAt: string;
  visitType: 'homeVisit' | 'keyAccountVisit';
  hoursLeft: number;
}

export interface TakeoverPlan {
  asOf: string;
  overdueRequests: PlannedRequest[];
  dueSoonRequests: PlannedRequest[];
  laterRequests: PlannedRequest[];
  upcomingAppointments: PlannedAppointment[];
  missedAppointments: PlannedAppointment[];
  churnCareClients: string[];
  source: string;
}

const SOURCE =
  '001_9529542b36723db8.txt 客户经理服务规范与常用商务礼仪 服务过程 告之客户解决时限 (L613); 入户服务规范 三、5 不得失约 (L492); 岗位职责 7 离网关怀 (L699)';
const hoursBetween = (from: Date, to: string) => Math.round((Date.parse(to) - from.getTime()) / 360_000) / 10;
const byTime =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    Date.parse(key(a)) - Date.parse(key(b));

/**
 * What the incoming customer manager must do first, as of the handover time: needs already past the
 * time limit told to the client, needs due by the end of the next working day, the rest; the
 * appointments to keep (no missed appointments, L492) and the clients under churn care.
 */
export function planTakeoverAt(portfolio: Portfolio, calendar: WorkingCalendar): TakeoverPlan {
  const asOf = parseInstant(portfolio.handoverAt, 'handoverAt');
  const { dueAt: endOfNextWorkingDay } = workingDeadline(asOf, 1, calendar);
  const requests = portfolio.openRequests
    .map((r) => ({
      clientName: r.clientName,
      description: r.description,
      promisedBy: parseInstant(r.promisedBy, 'promisedBy').toISOString(),
      hoursLeft: hoursBetween(asOf, r.promisedBy),
    }))
    .sort(byTime((r) => r.promisedBy));
  const appointments = portfolio.appointments
    .map((a) => ({
      clientName: a.clientName,
      appointmentAt: parseInstant(a.appointmentAt, 'appointmentAt').toISOString(),
      visitType: a.visitType,
      hoursLeft: hoursBetween(asOf, a.appointmentAt),
    }))
    .sort(byTime((a) => a.appointmentAt));
  return {
    asOf: asOf.toISOString(),
    overdueRequests: requests.filter((r) => Date.parse(r.promisedBy) < asOf.getTime()),
    dueSoonRequests: requests.filter(
      (r) => Date.parse(r.promisedBy) >= asOf.getTime() && Date.parse(r.promisedBy) <= endOfNextWorkingDay.getTime(),
    ),
    laterRequests: requests.filter((r) => Date.parse(r.promisedBy) > endOfNextWorkingDay.getTime()),
    upcomingAppointments: appointments.filter((a) => a.hoursLeft >= 0),
    missedAppointments: appointments.filter((a) => a.hoursLeft < 0),
    churnCareClients: portfolio.clients.filter((c) => c.churnRisk).map((c) => c.name),
    source: SOURCE,
  };
}

const record = { type: 'object' } as const;
/** Site calendar days, `YYYY-MM-DD`; null when the process has none. */
const days = { type: ['array', 'null'], items: { type: 'string', format: 'date' }, maxItems: 400 } as const;
const request = {
  type: 'object',
  properties: {
    clientName: { type: 'string' },
    description: { type: 'string' },
    promisedBy: { type: 'string', format: 'date-time' },
    hoursLeft: { type: 'number' },
  },
  required: ['clientName', 'description', 'promisedBy', 'hoursLeft'],
  additionalProperties: false,
} as const;
const appointment = {
  type: 'object',
  properties: {
    clientName: { type: 'string' },
    appointmentAt: { type: 'string', format: 'date-time' },
    visitType: { type: 'string', enum: ['homeVisit', 'keyAccountVisit'] },
    hoursLeft: { type: 'number' },
  },
  required: ['clientName', 'appointmentAt', 'visitType', 'hoursLeft'],
  additionalProperties: false,
} as const;

/** `telecom.planTakeover@1`: the incoming customer manager's first actions after a client handover. */
export const planTakeover = defineActivity({
  version: 1,
  description: {
    en: 'Orders the handed-over needs by the time limit told to the client and lists the appointments to keep.',
    'zh-CN': '按告之客户的解决时限排列移交的未结需求，列出需按时履约的预约和离网关怀中的客户。',
  },
  input: {
    type: 'object',
    properties: {
      portfolio: record,
      holidays: days,
      adjustedWorkingDays: days,
      utcOffsetMinutes: { type: 'integer', minimum: -720, maximum: 840 },
    },
    required: ['portfolio'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      asOf: { type: 'string', format: 'date-time' },
      overdueRequests: { type: 'array', items: request },
      dueSoonRequests: { type: 'array', items: request },
      laterRequests: { type: 'array', items: request },
      upcomingAppointments: { type: 'array', items: appointment },
      missedAppointments: { type: 'array', items: appointment },
      churnCareClients: { type: 'array', items: { type: 'string' } },
      source: { type: 'string' },
    },
    required: [
      'asOf',
      'overdueRequests',
      'dueSoonRequests',
      'laterRequests',
      'upcomingAppointments',
      'missedAppointments',
      'churnCareClients',
      'source',
    ],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const plan = planTakeoverAt(input.portfolio as unknown as Portfolio, calendarFrom(input));
      ctx.logger.info('takeover planned', {
        overdue: plan.overdueRequests.length,
        dueSoon: plan.dueSoonRequests.length,
        appointments: plan.upcomingAppointments.length,
      });
      return plan;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidPortfolio');
    }
  },
});
