import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { HospitalityHospitalityIncident } from '../../../forms/generated/hospitality/hospitality-incident.js';
import { timetableSlot } from '../data/tea-house-timetable.js';
import { VENUE_ROLES, type VenueType } from '../data/venues.js';
import {
  DEFAULT_UTC_OFFSET_MINUTES,
  addDays,
  instantAt,
  isoDuration,
  localDate,
  localMinutes,
  minutesOfDay,
  parseInstant,
} from './local-time.js';

type Form = HospitalityHospitalityIncident;
export type IncidentInput = Pick<Form, 'venueType' | 'incident'>;
type IncidentType = Form['incident']['incidentType'];
type MisconductType = NonNullable<Form['incident']['misconductType']>;

/** The core incident-response triage categories each hospitality incident type starts from. */
const CORE_CATEGORY: Record<IncidentType, string> = {
  guestComplaint: 'complaint',
  facilityFault: 'equipmentFault',
  emergency: 'serviceEmergency',
  safetyCheck: 'safety',
  staffMisconduct: 'staffConduct',
  guestFeedback: 'complaint',
};

const TYPE_LABEL: Record<IncidentType, string> = {
  guestComplaint: '客户投诉 Guest complaint',
  facilityFault: '设施设备问题 Facility fault',
  emergency: '突发事件 Emergency',
  safetyCheck: '门窗电源、防火防盗 Night safety',
  staffMisconduct: '员工违纪 Staff misconduct',
  guestFeedback: '客户意见反馈 Guest feedback',
};

/** The fine-schedule row each kind of misconduct is assessed under (data/fine-schedule.ts). */
export const MISCONDUCT_FINE: Record<MisconductType, string | null> = {
  quarrelFight: 'KTV-D08',
  tipAsked: 'KTV-D14',
  leaderCallUnanswered: 'KTV-D11',
  patrolChatting: 'RST-13',
  guestLiftMisuse: 'RST-19',
  computerInternet: 'TEA-10',
  dutyPostLeft: 'TEA-20',
  late: 'TEA-02',
  other: null,
};

export interface CoreReport {
  occurredAt: string;
  location: string;
  channel: string;
  description: string;
  customer?: { name: string; contact?: string };
  immediateActions?: string;
}

export interface IncidentPlan {
  /** `discipline`: staff misconduct goes to the fine schedule; `incident`: the core incident-response. */
  route: 'discipline' | 'incident';
  coreCategory: string;
  /** The finished `report` section of core form `incident-response/incident-case`. */
  report: CoreReport;
  /** Tell the superior at once (emergencies and night safety: 及时报告上级). */
  notifySuperior: boolean;
  /** Resolution SLA per severity for the core process, or null for its defaults. */
  resolveSla: Record<string, string> | null;
  resolveReminder: Record<string, string> | null;
  /** Tea-house complaints: the 10:00–11:00 complaint slot they are handled in. */
  handlingSlot: { start: string; end: string } | null;
  suggestedFineCode: string | null;
}

/**
 * The tea-house complaint slot (seed 000 第四篇 一、日工作流程: 10:00—11:00 处理客户投诉事件) a complaint
 * received at `occurredAt` is handled in: the first slot that has not ended (README, choices).
 */
export function complaintSlot(occurredAt: Date, utcOffsetMinutes: number): { start: Date; end: Date } {
  const slot = timetableSlot('complaints');
  let day = localDate(occurredAt, utcOffsetMinutes);
  if (localMinutes(occurredAt, utcOffsetMinutes) >= minutesOfDay(slot.end)) day = addDays(day, 1);
  return { start: instantAt(day, slot.start, utcOffsetMinutes), end: instantAt(day, slot.end, utcOffsetMinutes) };
}

/**
 * Routes one venue incident (digest §2.1.4): misconduct to the fine schedule, everything else to the
 * core incident-response with a finished report; tea-house complaints get the 10:00–11:00 slot as
 * their resolution deadline (low and medium severity; high and critical keep the core's shorter ones).
 */
export function planIncidentHandling({ venueType, incident }: IncidentInput, utcOffsetMinutes: number): IncidentPlan {
  const venue = VENUE_ROLES[venueType as VenueType];
  if (!venue) throw new RangeError(`unknown venue type "${venueType}"`);
  const occurredAt = parseInstant(incident.occurredAt, 'occurredAt');
  const detail =
    incident.incidentType === 'facilityFault' && incident.faultCategory
      ? ` [${incident.faultCategory}]`
      : incident.incidentType === 'staffMisconduct' && incident.staffMember
        ? ` [${incident.staffMember}: ${incident.misconductType ?? 'other'}]`
        : '';
  const report: CoreReport = {
    occurredAt: occurredAt.toISOString(),
    location: `${venue.name['zh-CN']} ${incident.roomOrArea}`,
    channel: incident.channel,
    description: `${TYPE_LABEL[incident.incidentType]}${detail}: ${incident.description}`,
    ...(incident.guestName
      ? { customer: { name: incident.guestName, ...(incident.guestContact ? { contact: incident.guestContact } : {}) } }
      : {}),
    ...(incident.immediateActions ? { immediateActions: incident.immediateActions } : {}),
  };
  let handlingSlot: IncidentPlan['handlingSlot'] = null;
  let resolveSla: IncidentPlan['resolveSla'] = null;
  let resolveReminder: IncidentPlan['resolveReminder'] = null;
  if (venueType === 'teaHouse' && incident.incidentType === 'guestComplaint') {
    const slot = complaintSlot(occurredAt, utcOffsetMinutes);
    handlingSlot = { start: slot.start.toISOString(), end: slot.end.toISOString() };
    const due = isoDuration(slot.end.getTime() - occurredAt.getTime());
    resolveSla = { low: due, medium: due };
    const untilStart = slot.start.getTime() - occurredAt.getTime();
    if (untilStart > 0) resolveReminder = { low: isoDuration(untilStart), medium: isoDuration(untilStart) };
  }
  return {
    route: incident.incidentType === 'staffMisconduct' ? 'discipline' : 'incident',
    coreCategory: CORE_CATEGORY[incident.incidentType],
    report,
    notifySuperior: incident.incidentType === 'emergency' || incident.incidentType === 'safetyCheck',
    resolveSla,
    resolveReminder,
    handlingSlot,
    suggestedFineCode: incident.misconductType ? MISCONDUCT_FINE[incident.misconductType] : null,
  };
}

const durations = {
  anyOf: [
    { type: 'null' },
    {
      type: 'object',
      properties: { low: { type: 'string' }, medium: { type: 'string' } },
      additionalProperties: false,
    },
  ],
} as const;

/** `hospitality.planIncident@1`: routes a venue incident and builds the core report and deadlines. */
export const planIncident = defineActivity({
  version: 1,
  description: {
    en: 'Routes a venue incident: misconduct to the fine schedule, the rest to incident-response with its report and deadlines.',
    'zh-CN': '门店事件分流：违纪按处罚制度处理，其余转事件处理流程（附事件记录与时限）。',
  },
  input: {
    type: 'object',
    properties: {
      venueType: { type: 'string', enum: ['teaHouse', 'ktv', 'disco', 'restaurant'] },
      incident: { type: 'object' },
      utcOffsetMinutes: { type: ['integer', 'null'], minimum: -720, maximum: 840 },
    },
    required: ['venueType', 'incident'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      route: { type: 'string', enum: ['discipline', 'incident'] },
      coreCategory: { type: 'string' },
      report: { type: 'object' },
      notifySuperior: { type: 'boolean' },
      resolveSla: durations,
      resolveReminder: durations,
      handlingSlot: {
        anyOf: [
          { type: 'null' },
          {
            type: 'object',
            properties: { start: { type: 'string' }, end: { type: 'string' } },
            required: ['start', 'end'],
            additionalProperties: false,
          },
        ],
      },
      suggestedFineCode: { type: ['string', 'null'] },
    },
    required: [
      'route',
      'coreCategory',
      'report',
      'notifySuperior',
      'resolveSla',
      'resolveReminder',
      'handlingSlot',
      'suggestedFineCode',
    ],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const plan = planIncidentHandling(
        { venueType: input.venueType, incident: input.incident as unknown as Form['incident'] },
        input.utcOffsetMinutes ?? DEFAULT_UTC_OFFSET_MINUTES,
      );
      ctx.logger.info('incident planned', { route: plan.route, category: plan.coreCategory });
      return plan;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidIncident');
    }
  },
});
