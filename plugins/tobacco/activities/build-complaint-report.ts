import { ApplicationFailure } from '@temporalio/activity';
import type { TobaccoSpecialVisit } from '../../../forms/generated/tobacco/special-visit.js';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { SPECIAL_VISIT_TRIGGERS, labelOf } from '../data/checklists.js';

type Retailer = TobaccoSpecialVisit['retailer'];
type Trigger = TobaccoSpecialVisit['trigger'];
type Visit = NonNullable<TobaccoSpecialVisit['visit']>;

/** The `report` section of the core incident-response case (form incident-response/incident-case). */
export interface IncidentReport {
  occurredAt: string;
  location: string;
  channel: 'onSite' | 'phone' | 'hotline' | 'system';
  description: string;
  customer: { name: string; contact?: string };
  immediateActions?: string;
}

const CHANNELS: Record<Trigger['channel'], IncidentReport['channel']> = {
  hotline: 'hotline',
  phone: 'phone',
  visit: 'onSite',
  orderData: 'system',
  monopolyInfo: 'system',
  other: 'onSite',
};

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A special visit whose matter cannot be solved on the spot becomes a case for the competent
 * department or leader (003 第五篇 6、答 ① L313: 请示主管部门或领导后给与答复). The case starts at
 * triage with this report: when and how the matter came in, at which retailer, what the visit
 * found and why it could not be solved, and what the customer manager already did on site.
 */
export function complaintReportOf(retailer: Retailer, trigger: Trigger, visit: Visit): IncidentReport {
  if (visit.resolvedOnSite) throw new RangeError('the visit solved the matter on the spot: nothing to escalate');
  const description = [
    `【特殊拜访·${labelOf(SPECIAL_VISIT_TRIGGERS, trigger.type)}】${trigger.description}`,
    `现场情况:${visit.findings}`,
    `不能现场解决的原因:${visit.escalationReason ?? '未说明'}`,
    visit.complaintOrSuggestion ? `客户建议或投诉:${visit.complaintOrSuggestion}` : undefined,
  ]
    .filter(Boolean)
    .join('\n');
  const actions = [
    visit.emotionsHandled ? '已处理客户情绪' : undefined,
    visit.hotlineReminded ? '已提醒投诉专线及服务热线' : undefined,
    visit.serviceHandbookFilled ? '已填写《客户服务手册》' : undefined,
    `拜访时间 ${visit.visitedAt}`,
  ].filter(Boolean);
  return {
    occurredAt: trigger.receivedAt,
    location: clip([retailer.name, retailer.address].filter(Boolean).join(' '), 200),
    channel: CHANNELS[trigger.channel],
    description: clip(description, 4000),
    customer: { name: clip(retailer.name, 100), ...(retailer.contact ? { contact: clip(retailer.contact, 100) } : {}) },
    immediateActions: clip(actions.join(';'), 2000),
  };
}

/** `tobacco.buildComplaintReport@1`: the incident report a special visit hands to the core incident-response. */
export const buildComplaintReport = defineActivity({
  version: 1,
  description: {
    en: 'Turns a special visit that could not be solved on the spot into the report of a core incident case.',
    'zh-CN': '将不能现场解决的特殊拜访整理为事件处理流程的事件报告(请示主管部门或领导)。',
  },
  input: {
    type: 'object',
    properties: { retailer: { type: 'object' }, trigger: { type: 'object' }, visit: { type: 'object' } },
    required: ['retailer', 'trigger', 'visit'],
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
          channel: { type: 'string', enum: ['onSite', 'phone', 'hotline', 'system'] },
          description: { type: 'string', minLength: 10, maxLength: 4000 },
          customer: {
            type: 'object',
            properties: {
              name: { type: 'string', minLength: 1, maxLength: 100 },
              contact: { type: 'string', minLength: 1, maxLength: 100 },
            },
            required: ['name'],
            additionalProperties: false,
          },
          immediateActions: { type: 'string', maxLength: 2000 },
        },
        required: ['occurredAt', 'location', 'channel', 'description', 'customer'],
        additionalProperties: false,
      },
    },
    required: ['report'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input) {
    try {
      return {
        report: complaintReportOf(
          input.retailer as unknown as Retailer,
          input.trigger as unknown as Trigger,
          input.visit as unknown as Visit,
        ),
      };
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidEscalation');
    }
  },
});
