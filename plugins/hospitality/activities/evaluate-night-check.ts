import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { HospitalityHospitalityIncident } from '../../../forms/generated/hospitality/hospitality-incident.js';
import type { HospitalityMidnightSafetyCheck } from '../../../forms/generated/hospitality/midnight-safety-check.js';
import { NIGHT_CHECK_ITEMS, type NightCheckItem } from '../data/night-check.js';

export type NightCheck = HospitalityMidnightSafetyCheck['check'];
export type IncidentRecord = HospitalityHospitalityIncident['incident'];

export interface NightCheckFinding {
  id: string;
  label: string;
}

export interface NightCheckEvaluation {
  allClear: boolean;
  /** Safety items not in order: the shop is not secure (digest §2.1.4 C). */
  hazards: NightCheckFinding[];
  /** Closing work the late shift left undone (digest §4.4.5). */
  openItems: NightCheckFinding[];
  /** The venue incident to open for the hazards (form `hospitality/hospitality-incident`), else null. */
  incident: IncidentRecord | null;
}

const finding = (item: NightCheckItem): NightCheckFinding => ({
  id: item.id,
  label: `${item.label['zh-CN']} (${item.label.en})`,
});

/**
 * Sorts the 00:00 check (seed 000 大堂经理岗位职责补充机制 22; digest §4.4.5) into hazards and
 * open closing work; hazards become a safety incident whose description names every failed item.
 */
export function evaluateCheck(check: NightCheck): NightCheckEvaluation {
  const failed = NIGHT_CHECK_ITEMS.filter((item) => (check as unknown as Record<string, unknown>)[item.field] !== true);
  const hazards = failed.filter((item) => item.kind === 'safety');
  const openItems = failed.filter((item) => item.kind === 'closingWork');
  const incident: IncidentRecord | null = hazards.length
    ? {
        incidentType: 'safetyCheck',
        occurredAt: check.checkedAt,
        channel: 'system',
        roomOrArea: '全店 (whole shop)',
        description:
          `00:00安全检查未通过 (00:00 safety check failed): ${hazards.map((h) => h.label['zh-CN']).join('；')}` +
          (check.findings ? `。${check.findings}` : ''),
        immediateActions: `值班经理 ${check.dutyManagerName} 已报告上级 (duty manager reported to the superior)`,
        reportedToSuperior: true,
        addToHandoverLog: true,
      }
    : null;
  return {
    allClear: failed.length === 0,
    hazards: hazards.map(finding),
    openItems: openItems.map(finding),
    incident,
  };
}

const findings = {
  type: 'array',
  items: {
    type: 'object',
    properties: { id: { type: 'string' }, label: { type: 'string' } },
    required: ['id', 'label'],
    additionalProperties: false,
  },
} as const;

/** `hospitality.evaluateNightCheck@1`: hazards and open closing work of one 00:00 check. */
export const evaluateNightCheck = defineActivity({
  version: 1,
  description: {
    en: 'Sorts the 00:00 safety check into hazards (a safety incident) and closing work left undone.',
    'zh-CN': '汇总00:00安全检查：安全隐患（立安全事件）与未完成的收市工作。',
  },
  input: {
    type: 'object',
    properties: {
      check: {
        type: 'object',
        properties: {
          checkedAt: { type: 'string', format: 'date-time' },
          dutyManagerName: { type: 'string', minLength: 1 },
          ...Object.fromEntries(NIGHT_CHECK_ITEMS.map((item) => [item.field, { type: 'boolean' }])),
          vacantRooms: { type: 'array' },
          dutyStaff: { type: 'array', items: { type: 'string' } },
          findings: { type: 'string' },
        },
        required: ['checkedAt', 'dutyManagerName', ...NIGHT_CHECK_ITEMS.map((item) => item.field)],
        additionalProperties: false,
      },
    },
    required: ['check'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      allClear: { type: 'boolean' },
      hazards: findings,
      openItems: findings,
      incident: { anyOf: [{ type: 'null' }, { type: 'object' }] },
    },
    required: ['allClear', 'hazards', 'openItems', 'incident'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    const evaluation = evaluateCheck(input.check as unknown as NightCheck);
    ctx.logger.info('night check evaluated', {
      allClear: evaluation.allClear,
      hazards: evaluation.hazards.map((h) => h.id),
      openItems: evaluation.openItems.map((h) => h.id),
    });
    return evaluation;
  },
});
