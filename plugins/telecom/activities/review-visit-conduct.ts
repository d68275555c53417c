import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { TelecomHomeVisit } from '../../../forms/generated/telecom/home-visit.js';
import type { TelecomKeyAccountVisit } from '../../../forms/generated/telecom/key-account-visit.js';
import {
  APPOINTMENT_ITEMS,
  HOME_CONDUCT_ITEMS,
  HOME_KIT_ITEMS,
  KEY_ACCOUNT_PREP_ITEMS,
  KEY_ACCOUNT_VISIT_ITEMS,
  type ChecklistItem,
} from '../data/visit-checklists.js';
import type { ArrivalCheck } from './check-arrival.js';

export interface ReviewedItem {
  id: string;
  zh: string;
  en: string;
}

export interface ConductReview {
  itemsChecked: number;
  itemsMet: number;
  missed: ReviewedItem[];
  kitMissing: ReviewedItem[];
  compliant: boolean;
}

/** What happened before the visit that the record alone does not show. */
export interface AppointmentHistory {
  /** Appointments re-booked because the customer manager could not come on time. */
  rebookings: number;
  /** Missed windows whose cause was on the customer manager's side (不得失约). */
  cmSideMisses: number;
}

/** `true` met, `false` not met, `undefined` does not apply to this visit. */
type Verdict = boolean | undefined;

function tally(items: readonly ChecklistItem[], verdicts: Record<string, Verdict>, kitMissing: ReviewedItem[] = []) {
  const applicable = items.filter((item) => verdicts[item.id] !== undefined);
  const missed = applicable.filter((item) => verdicts[item.id] === false).map(brief);
  return {
    itemsChecked: applicable.length,
    itemsMet: applicable.length - missed.length,
    missed,
    kitMissing,
    compliant: missed.length === 0 && kitMissing.length === 0,
  };
}

const brief = (item: ChecklistItem): ReviewedItem => ({ id: item.id, zh: item['zh-CN'], en: item.en });

export interface HomeVisitRecord {
  appointment: TelecomHomeVisit['appointment'];
  preparation: TelecomHomeVisit['preparation'];
  arrival: TelecomHomeVisit['arrival'];
  arrivalCheck: Pick<ArrivalCheck, 'status' | 'targetMet'>;
  service?: TelecomHomeVisit['service'];
  history: AppointmentHistory;
}

/**
 * The home-visit record against 预约规范 (tel.appt.1–5), 上门服务规范 (tel.home.1–8) and the kit
 * (tel.kit.1–10). Items that do not apply (no re-booking, client did not let us in) are skipped.
 */
export function reviewHomeVisit(record: HomeVisitRecord): ConductReview {
  const { appointment, preparation, arrival, arrivalCheck, service, history } = record;
  const verdicts: Record<string, Verdict> = {
    'tel.appt.1': true, // the playbook always makes the appointment first
    'tel.appt.2': appointment.clientChoseTime === true && appointment.serviceLanguageUsed,
    'tel.appt.3': arrivalCheck.status === 'withinWindow',
    // every re-booking went through "cannot arrive on time", whose form requires advance notice
    'tel.appt.4': history.rebookings > 0 ? true : undefined,
    'tel.appt.5': history.cmSideMisses === 0,
    'tel.home.1': arrivalCheck.targetMet,
    'tel.home.2': arrival.knockedPolitely,
    'tel.home.3': arrival.introducedAndStatedPurpose,
    'tel.home.4': arrival.admitted ? arrival.badgeShown === true && arrival.cardGiven === true : undefined,
    'tel.home.5': service ? service.shoeCovers !== 'notWorn' : undefined,
    'tel.home.6': service
      ? service.noLookingAround &&
        service.talkedWithConsent &&
        service.registeredInBook &&
        service.respectedViewsNoIdleChat
      : undefined,
    'tel.home.7': preparation.noAlcohol && (service ? service.noSmoking : true),
    'tel.home.8': service ? service.politeFarewell : undefined,
  };
  const kit = preparation.kit as Record<string, boolean>;
  const kitMissing = HOME_KIT_ITEMS.filter((item) => kit[item.field] !== true).map(brief);
  return tally([...APPOINTMENT_ITEMS, ...HOME_CONDUCT_ITEMS], verdicts, kitMissing);
}

export interface KeyAccountVisitRecord {
  preparation: TelecomKeyAccountVisit['preparation'];
  arrival: TelecomKeyAccountVisit['arrival'];
  arrivalCheck: Pick<ArrivalCheck, 'status' | 'targetMet'>;
  archive: TelecomKeyAccountVisit['archive'];
}

/**
 * The key-account visit against 预约与准备 (tel.ka.prep.1–7) and the visit conduct (tel.ka.visit.1–5,
 * 11). Items 6–10 (leaflets, demonstration, business, complaints, industry news) are what a visit
 * does when the client needs it, so they are recorded in the visit content, not counted here.
 */
export function reviewKeyAccountVisit(record: KeyAccountVisitRecord): ConductReview {
  const { preparation: p, arrival: a, arrivalCheck, archive } = record;
  const verdicts: Record<string, Verdict> = {
    'tel.ka.prep.1': p.bossClientFile,
    'tel.ka.prep.2': p.affinityDb,
    'tel.ka.prep.3': p.serviceRecords,
    'tel.ka.prep.4': p.complaintRecords,
    'tel.ka.prep.5': p.callVolume !== undefined,
    'tel.ka.prep.6': Array.isArray(p.servicesUsed),
    'tel.ka.prep.7': typeof p.appointmentAt === 'string',
    'tel.ka.visit.1': arrivalCheck.targetMet,
    'tel.ka.visit.2': a.greeted,
    'tel.ka.visit.3': a.satWhenInvited,
    'tel.ka.visit.4': a.firstMeeting ? a.cardAndIntroduction === true : undefined,
    'tel.ka.visit.5': true, // the form only offers the two documented ways of small talk
    'tel.ka.visit.11': archive.visitLogEntered && archive.visitDataArchived && archive.clientDataUpdated,
  };
  return tally([...KEY_ACCOUNT_PREP_ITEMS, ...KEY_ACCOUNT_VISIT_ITEMS], verdicts);
}

const record = { type: ['object', 'null'] } as const;
const item = {
  type: 'object',
  properties: { id: { type: 'string' }, zh: { type: 'string' }, en: { type: 'string' } },
  required: ['id', 'zh', 'en'],
  additionalProperties: false,
} as const;

/**
 * `telecom.reviewVisitConduct@1`: which checklist items of the visit were not met. The sections
 * come from the visit form (already validated there); the result is the form's read-only review.
 */
export const reviewVisitConduct = defineActivity({
  version: 1,
  description: {
    en: 'Reviews a home visit or key-account visit against the documented checklists and names the items not met.',
    'zh-CN': '按入户服务规范或大客户上门走访规范逐项核对，列出未做到的条目和未携带的必备物品。',
  },
  input: {
    type: 'object',
    properties: {
      visitType: { type: 'string', enum: ['homeVisit', 'keyAccountVisit'] },
      appointment: record,
      preparation: record,
      arrival: record,
      arrivalCheck: record,
      service: record,
      archive: record,
      rebookings: { type: 'integer', minimum: 0 },
      cmSideMisses: { type: 'integer', minimum: 0 },
    },
    required: ['visitType', 'preparation', 'arrival', 'arrivalCheck'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      itemsChecked: { type: 'integer', minimum: 0 },
      itemsMet: { type: 'integer', minimum: 0 },
      missed: { type: 'array', items: item },
      kitMissing: { type: 'array', items: item },
      compliant: { type: 'boolean' },
    },
    required: ['itemsChecked', 'itemsMet', 'missed', 'kitMissing', 'compliant'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    const arrivalCheck = input.arrivalCheck as unknown as ArrivalCheck;
    let review: ConductReview;
    if (input.visitType === 'homeVisit') {
      if (!input.appointment)
        throw ApplicationFailure.nonRetryable('a home visit needs its appointment', 'InvalidVisitRecord');
      review = reviewHomeVisit({
        appointment: input.appointment as unknown as HomeVisitRecord['appointment'],
        preparation: input.preparation as unknown as HomeVisitRecord['preparation'],
        arrival: input.arrival as unknown as HomeVisitRecord['arrival'],
        arrivalCheck,
        ...(input.service ? { service: input.service as unknown as NonNullable<HomeVisitRecord['service']> } : {}),
        history: { rebookings: input.rebookings ?? 0, cmSideMisses: input.cmSideMisses ?? 0 },
      });
    } else {
      if (!input.archive)
        throw ApplicationFailure.nonRetryable('a key-account visit needs its archive record', 'InvalidVisitRecord');
      review = reviewKeyAccountVisit({
        preparation: input.preparation as unknown as KeyAccountVisitRecord['preparation'],
        arrival: input.arrival as unknown as KeyAccountVisitRecord['arrival'],
        arrivalCheck,
        archive: input.archive as unknown as KeyAccountVisitRecord['archive'],
      });
    }
    ctx.logger.info('visit conduct reviewed', { visitType: input.visitType, missed: review.missed.length });
    return review;
  },
});
