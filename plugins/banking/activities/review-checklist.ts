import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import { CHECKLIST_IDS, CHECKLISTS, type ChecklistId, type ItemKind } from '../data/checklists.js';
import { TEXT } from './schemas.js';

export interface FailedItem {
  key: string;
  ref: string;
  kind: ItemKind;
  'zh-CN': string;
  en: string;
  source: string;
}

export interface ChecklistReview {
  checklist: ChecklistId;
  total: number;
  passed: number;
  allPassed: boolean;
  failed: FailedItem[];
  deviceFaults: number;
  hasDeviceFault: boolean;
  environmentIssues: number;
  summary: { 'zh-CN': string; en: string };
}

/**
 * Reviews the answers to one checklist of `data/checklists.ts`: every item whose answer is not
 * `true` (false or missing) fails. `answers` is the form section that holds the booleans; other
 * fields in it are ignored. Failed device items are counted apart: the playbooks report them as
 * equipment faults (004 一、營業前 3, L15–16; 003 第十二、十三、十六条).
 */
export function reviewChecklist(checklist: ChecklistId, answers: Readonly<Record<string, unknown>>): ChecklistReview {
  const list = CHECKLISTS[checklist];
  if (!list) throw new RangeError(`unknown checklist "${String(checklist)}"`);
  const failed: FailedItem[] = list.items
    .filter((item) => answers[item.key] !== true)
    .map((item) => ({
      key: item.key,
      ref: item.ref,
      kind: item.kind,
      'zh-CN': item['zh-CN'],
      en: item.en,
      source: item.source,
    }));
  const deviceFaults = failed.filter((f) => f.kind === 'device').length;
  const total = list.items.length;
  const zh =
    failed.length === 0
      ? `${list.title['zh-CN']}：${total}项全部完成`
      : `${list.title['zh-CN']}：${failed.length}项未完成（${failed.map((f) => f['zh-CN']).join('；')}）`;
  const en =
    failed.length === 0
      ? `${list.title.en}: all ${total} items done`
      : `${list.title.en}: ${failed.length} of ${total} not done (${failed.map((f) => f.en).join('; ')})`;
  return {
    checklist,
    total,
    passed: total - failed.length,
    allPassed: failed.length === 0,
    failed,
    deviceFaults,
    hasDeviceFault: deviceFaults > 0,
    environmentIssues: failed.filter((f) => f.kind === 'environment').length,
    summary: { 'zh-CN': zh, en },
  };
}

/** `banking.reviewChecklist@1`: which items of a banking checklist are not done. */
export const reviewChecklistActivity = defineActivity({
  version: 1,
  description: {
    en: 'Reviews a banking checklist (lobby, counter, teller absence, closing): failed items, equipment faults, summary.',
    'zh-CN': '审核银行检查清单（大堂、柜面、临时离柜、营业结束）：未完成项目、设备故障及汇总。',
  },
  input: {
    type: 'object',
    properties: {
      checklist: { type: 'string', enum: CHECKLIST_IDS },
      answers: { type: 'object' },
    },
    required: ['checklist', 'answers'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      checklist: { type: 'string', enum: CHECKLIST_IDS },
      total: { type: 'integer', minimum: 0 },
      passed: { type: 'integer', minimum: 0 },
      allPassed: { type: 'boolean' },
      failed: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            key: TEXT,
            ref: TEXT,
            kind: { type: 'string', enum: ['device', 'environment', 'material', 'conduct', 'security', 'record'] },
            'zh-CN': TEXT,
            en: TEXT,
            source: TEXT,
          },
          required: ['key', 'ref', 'kind', 'zh-CN', 'en', 'source'],
          additionalProperties: false,
        },
      },
      deviceFaults: { type: 'integer', minimum: 0 },
      hasDeviceFault: { type: 'boolean' },
      environmentIssues: { type: 'integer', minimum: 0 },
      summary: {
        type: 'object',
        properties: { 'zh-CN': TEXT, en: TEXT },
        required: ['zh-CN', 'en'],
        additionalProperties: false,
      },
    },
    required: [
      'checklist',
      'total',
      'passed',
      'allPassed',
      'failed',
      'deviceFaults',
      'hasDeviceFault',
      'environmentIssues',
      'summary',
    ],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const review = reviewChecklist(input.checklist, input.answers as Record<string, unknown>);
      ctx.logger.info('checklist reviewed', { checklist: review.checklist, failed: review.failed.length });
      return review;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidChecklist');
    }
  },
});
