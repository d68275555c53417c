import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { durationMs, parseInstant } from './calendar.js';

export type NeedType = 'complaint' | 'businessHandling' | 'consultation' | 'newServiceInterest';

export interface Need {
  type: NeedType;
  description: string;
  resolvedOnSite: boolean;
  needsOtherDepartment?: boolean;
}

export interface EscalationInput {
  client: { name: string; contact?: string };
  location: string;
  occurredAt: string;
  needs: readonly Need[];
  /** The time limit told to the client (告之客户解决时限), ISO 8601 duration. */
  timeLimit?: string;
  /** What was already done on site (service skills, policies offered, …). */
  measures?: string;
  /** Who escalates: the visit kind, for the report text. */
  visitKind: 'homeVisit' | 'keyAccountVisit' | 'churnCare';
}

export interface Escalation {
  /** The `report` section of incident-response/incident-case: the case starts at triage. */
  report: {
    occurredAt: string;
    location: string;
    channel: 'onSite';
    description: string;
    customer: { name: string; contact?: string };
    immediateActions: string;
  };
  openNeeds: number;
  /** The promised limit as the core's per-severity resolution SLA (every severity the same). */
  resolveSla?: { critical: string; high: string; medium: string; low: string };
  timeLimit?: string;
  promisedBy?: string;
}

const TYPE_ZH: Record<NeedType, string> = {
  complaint: '投诉',
  businessHandling: '业务办理',
  consultation: '咨询',
  newServiceInterest: '新业务需求',
};
const KIND_ZH = { homeVisit: '入户服务', keyAccountVisit: '大客户上门走访', churnCare: '离网关怀走访' } as const;

/**
 * The needs not solved on site, written up for the key-account supervisor (对未能现场解决的客户需求，
 * 反馈至大客户主管, L613) as the report of a core incident-response case: which needs, which need
 * other departments, and the time limit told to the client, which becomes the resolution deadline
 * of every severity and the `promisedBy` date.
 */
export function buildEscalation(input: EscalationInput): Escalation {
  const open = input.needs.filter((n) => !n.resolvedOnSite);
  if (open.length === 0) throw new RangeError('every need was solved on site: nothing to escalate');
  const lines = open.map(
    (n, i) => `${i + 1}. [${TYPE_ZH[n.type]}] ${n.description}${n.needsOtherDepartment ? '（需其他部门支持）' : ''}`,
  );
  const description = `${KIND_ZH[input.visitKind]}中未能现场解决的客户需求（${open.length}项）：\n${lines.join('\n')}`;
  const occurredAt = parseInstant(input.occurredAt, 'occurredAt');
  const actions = ['已认真做好纪录'];
  const escalation: Escalation = {
    report: {
      occurredAt: occurredAt.toISOString(),
      location: input.location,
      channel: 'onSite',
      description,
      customer: { name: input.client.name, ...(input.client.contact ? { contact: input.client.contact } : {}) },
      immediateActions: '',
    },
    openNeeds: open.length,
  };
  if (input.timeLimit) {
    const promisedBy = new Date(occurredAt.getTime() + durationMs(input.timeLimit)).toISOString();
    escalation.timeLimit = input.timeLimit;
    escalation.promisedBy = promisedBy;
    escalation.resolveSla = {
      critical: input.timeLimit,
      high: input.timeLimit,
      medium: input.timeLimit,
      low: input.timeLimit,
    };
    actions.push(`已告之客户解决时限 ${input.timeLimit}（${promisedBy} 前）`);
  }
  if (input.measures) actions.push(input.measures);
  escalation.report.immediateActions = actions.join('；').slice(0, 2000);
  return escalation;
}

const need = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['complaint', 'businessHandling', 'consultation', 'newServiceInterest'] },
    description: { type: 'string', minLength: 1 },
    resolvedOnSite: { type: 'boolean' },
    needsOtherDepartment: { type: 'boolean' },
  },
  required: ['type', 'description', 'resolvedOnSite'],
  additionalProperties: false,
} as const;
const sla = { type: 'string', format: 'duration' } as const;

/** `telecom.buildEscalationReport@1`: the incident report and deadline for needs not solved on site. */
export const buildEscalationReport = defineActivity({
  version: 1,
  description: {
    en: 'Writes the needs not solved on site as an incident report for the key-account supervisor, with the time limit told to the client.',
    'zh-CN': '将未能现场解决的客户需求整理为反馈大客户主管的事件报告，并按告之客户的解决时限设定处理期限。',
  },
  input: {
    type: 'object',
    properties: {
      client: {
        type: 'object',
        properties: { name: { type: 'string', minLength: 1 }, contact: { type: 'string' } },
        required: ['name'],
        additionalProperties: false,
      },
      location: { type: 'string', minLength: 1, maxLength: 200 },
      occurredAt: { type: 'string', format: 'date-time' },
      needs: { type: 'array', items: need },
      timeLimit: sla,
      measures: { type: 'string' },
      visitKind: { type: 'string', enum: ['homeVisit', 'keyAccountVisit', 'churnCare'] },
    },
    required: ['client', 'location', 'occurredAt', 'needs', 'visitKind'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      report: {
        type: 'object',
        properties: {
          occurredAt: { type: 'string', format: 'date-time' },
          location: { type: 'string' },
          channel: { type: 'string', const: 'onSite' },
          description: { type: 'string', minLength: 10 },
          customer: {
            type: 'object',
            properties: { name: { type: 'string' }, contact: { type: 'string' } },
            required: ['name'],
            additionalProperties: false,
          },
          immediateActions: { type: 'string' },
        },
        required: ['occurredAt', 'location', 'channel', 'description', 'customer', 'immediateActions'],
        additionalProperties: false,
      },
      openNeeds: { type: 'integer', minimum: 1 },
      resolveSla: {
        type: 'object',
        properties: { critical: sla, high: sla, medium: sla, low: sla },
        required: ['critical', 'high', 'medium', 'low'],
        additionalProperties: false,
      },
      timeLimit: sla,
      promisedBy: { type: 'string', format: 'date-time' },
    },
    required: ['report', 'openNeeds'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const escalation = buildEscalation(input);
      ctx.logger.info('needs escalated to the key-account supervisor', { openNeeds: escalation.openNeeds });
      return escalation;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'NothingToEscalate');
    }
  },
});
