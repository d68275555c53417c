import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { BankingLobbyComplaint, IncidentResponseIncidentCase } from '../../../forms/generated/index.js';
import { CHECKLISTS } from '../data/checklists.js';

export type IncidentKind = 'complaint' | 'equipmentFault' | 'cashDifference';
/** The core `report` section, as this plugin fills it (no photos; on-site or handover channel). */
export type IncidentReport = Omit<IncidentResponseIncidentCase['report'], 'channel' | 'photos'> & {
  channel: Extract<IncidentResponseIncidentCase['report']['channel'], 'onSite' | 'handover'>;
};

export interface IncidentReportInput {
  kind: IncidentKind;
  location: string;
  /** Defaults to `now`. */
  occurredAt?: string;
  /** kind `complaint`: the lobby manager's reception record. */
  reception?: BankingLobbyComplaint['reception'];
  /** kind `complaint`: what the lobby manager tried before reporting, and why it goes up. */
  onSite?: BankingLobbyComplaint['onSite'];
  /** kind `equipmentFault`: failed checklist items (from `banking.reviewChecklist@1`). */
  failedItems?: ReadonlyArray<{ 'zh-CN': string; en: string }>;
  /** kind `cashDifference`: the reconciliation summary (from `banking.reconcileCash@1` / `reconcileDailyClose@1`). */
  summary?: { 'zh-CN': string; en: string };
  /** Free text from the reporter (fault note, supervisor's findings). */
  note?: string;
}

const MAX_DESCRIPTION = 4000;
const MAX_ACTIONS = 2000;
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * The `report` section of the core incident-response case (`incident-response/incident-case`),
 * built from a banking record, so the core process starts at triage:
 *
 * - a complaint the lobby manager cannot handle goes to the superior (003 第九条(六) L77,
 *   第二十二条 L109): the reception steps of 第二十二条 that were done become the immediate
 *   actions, the ones that were not are named, so the superior sees them;
 * - an equipment fault found before opening is reported at once (004 一、營業前 3, L15–16);
 * - a cash difference at the counter (账、实、证 not agreeing, 004 三、營業結束后 1, L46).
 */
export function composeIncidentReport(input: IncidentReportInput, now: Date): IncidentReport {
  const occurredAt = input.occurredAt ?? now.toISOString();
  const location = clip(input.location.trim() || '营业网点', 200);
  switch (input.kind) {
    case 'complaint': {
      const r = input.reception;
      if (!r) throw new RangeError('a complaint report needs the reception record');
      const steps = CHECKLISTS.complaintReception.items;
      const done = steps.filter((s) => r[s.key] === true).map((s) => `已${s['zh-CN']}`);
      const missed = steps.filter((s) => r[s.key] !== true).map((s) => `未${s['zh-CN']}`);
      const tried = input.onSite
        ? [`大堂经理已处理：${input.onSite.actions}`, `已回复客户：${input.onSite.replyToCustomer}`]
        : [];
      const reason = input.onSite?.reasonForReport ?? input.note;
      const description = [
        `【客户投诉】${r.description}`,
        `投诉原因：${r.complaintCause}`,
        r.businessInvolved ? `涉及业务：${r.businessInvolved}` : '',
        reason ? `报告上级原因：${reason}` : '',
      ].filter(Boolean);
      return {
        occurredAt: input.occurredAt ?? r.receivedAt,
        location,
        channel: 'onSite',
        description: clip(description.join('\n'), MAX_DESCRIPTION),
        customer: r.customer,
        immediateActions: clip([...done, ...tried, ...missed].join('；'), MAX_ACTIONS),
      };
    }
    case 'equipmentFault': {
      const items = input.failedItems ?? [];
      if (items.length === 0) throw new RangeError('an equipment-fault report needs the failed items');
      const description = [
        `【设备故障】营业前检查发现：${items.map((i) => i['zh-CN']).join('；')}`,
        `Pre-opening check found: ${items.map((i) => i.en).join('; ')}`,
        input.note ? `说明：${input.note}` : '',
      ].filter(Boolean);
      return {
        occurredAt,
        location,
        channel: 'onSite',
        description: clip(description.join('\n'), MAX_DESCRIPTION),
        immediateActions: '已立即报告（立即报告及更换、维修）',
      };
    }
    case 'cashDifference': {
      if (!input.summary) throw new RangeError('a cash-difference report needs the reconciliation summary');
      const description = [
        `【账实不符】${input.summary['zh-CN']}`,
        input.summary.en,
        input.note ? `核查情况：${input.note}` : '',
      ].filter(Boolean);
      return {
        occurredAt,
        location,
        channel: 'handover',
        description: clip(description.join('\n'), MAX_DESCRIPTION),
        immediateActions: '柜面主管已核查，差异未能查明，登记事件跟进',
      };
    }
  }
}

const TEXT = { type: 'string' } as const;
const LOCALIZED = {
  type: 'object',
  properties: { 'zh-CN': TEXT, en: TEXT },
  required: ['zh-CN', 'en'],
} as const;

/** `banking.composeIncidentReport@1`: the core incident `report` section from a banking record. */
export const composeIncidentReportActivity = defineActivity({
  version: 1,
  description: {
    en: 'Builds the report of a core incident-response case from a lobby complaint, an equipment fault or a cash difference.',
    'zh-CN': '根据大堂客户投诉、设备故障或账实差异，生成核心事件处理流程的事件报告。',
  },
  input: {
    type: 'object',
    properties: {
      kind: { type: 'string', enum: ['complaint', 'equipmentFault', 'cashDifference'] },
      location: { type: 'string', minLength: 1, maxLength: 200 },
      // Optional inputs may come from unset process variables, which map to null.
      occurredAt: { type: ['string', 'null'], format: 'date-time' },
      reception: { type: ['object', 'null'] },
      onSite: { type: ['object', 'null'] },
      failedItems: { type: ['array', 'null'], items: LOCALIZED, maxItems: 100 },
      summary: { ...LOCALIZED, type: ['object', 'null'] },
      note: { type: ['string', 'null'], maxLength: 2000 },
    },
    required: ['kind', 'location'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      report: {
        type: 'object',
        properties: {
          occurredAt: { type: 'string', format: 'date-time' },
          location: { type: 'string', minLength: 1, maxLength: 200 },
          channel: { type: 'string', enum: ['onSite', 'handover'] },
          description: { type: 'string', minLength: 10, maxLength: 4000 },
          customer: {
            type: 'object',
            properties: { name: { type: 'string', minLength: 1 }, contact: { type: 'string', minLength: 1 } },
            required: ['name'],
            additionalProperties: false,
          },
          immediateActions: { type: 'string', maxLength: 2000 },
        },
        required: ['occurredAt', 'location', 'channel', 'description'],
        additionalProperties: false,
      },
    },
    required: ['report'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null));
      const report = composeIncidentReport(given as unknown as IncidentReportInput, ctx.clock.now());
      ctx.logger.info('incident report composed', { kind: input.kind, location: report.location });
      return { report };
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidIncidentReport');
    }
  },
});
