import { ApplicationFailure } from '@temporalio/activity';
import { defineActivity } from '../../../engine/plugin-api/index.js';
import type { BankingClientOnboarding } from '../../../forms/generated/index.js';
import { DOCUMENT_RULES, REQUIRED_DOCUMENTS, type BusinessType } from '../data/client-documents.js';
import { SAME_DAY_CALLBACK } from '../data/time-rules.js';
import { isoMinutes, minutesOfDay } from './time.js';
import { HHMM, TEXT } from './schemas.js';

export type DocumentReview = NonNullable<BankingClientOnboarding['documents']>;
export type DocumentDecision = 'handle' | 'returnToClient' | 'notEligible';

export interface DocumentReviewResult {
  decision: DocumentDecision;
  reasons: Array<{ code: string; 'zh-CN': string; en: string; source: string }>;
  missingDocuments: Array<{ key: string; 'zh-CN': string; en: string }>;
}

/**
 * The document review of a client's application (digest §2.2.2 B step 1, C, D):
 * - the applicant must be eligible (004 二、營業過程中 7, L42) — otherwise `notEligible`;
 * - the documents the business needs must be there (securities account: ID card and bank card,
 *   000 第五篇 L529), complete, sufficient and compliant (001 第十一条, L398), and the client's
 *   information true and complete (001 第七条 1, L464) — otherwise the client is told clearly and
 *   the documents are returned (`returnToClient`);
 * - otherwise the business is handled promptly (`handle`).
 */
export function reviewClientDocuments(businessType: BusinessType, d: DocumentReview): DocumentReviewResult {
  const required = REQUIRED_DOCUMENTS[businessType];
  if (!required) throw new RangeError(`unknown business "${String(businessType)}"`);
  const missingDocuments = required.documents
    .filter((doc) => d[doc.key] !== true)
    .map((doc) => ({ key: doc.key, 'zh-CN': doc['zh-CN'], en: doc.en }));
  const reasons: DocumentReviewResult['reasons'] = [];
  if (d.applicantEligible !== true) {
    reasons.push({
      code: 'notEligible',
      'zh-CN': '申请人不具有申请资格',
      en: 'The applicant is not eligible',
      source: DOCUMENT_RULES.eligibility,
    });
  }
  if (missingDocuments.length > 0) {
    reasons.push({
      code: 'missingDocuments',
      'zh-CN': `未带${missingDocuments.map((m) => m['zh-CN']).join('、')}`,
      en: `Missing: ${missingDocuments.map((m) => m.en).join(', ')}`,
      source: required.source,
    });
  }
  if (d.documentsComplete !== true) {
    reasons.push({
      code: 'incomplete',
      'zh-CN': '资料不完整、不齐全',
      en: 'Documents incomplete',
      source: DOCUMENT_RULES.returnToClient,
    });
  }
  if (d.documentsCompliant !== true) {
    reasons.push({
      code: 'notCompliant',
      'zh-CN': '资料不符合规定',
      en: 'Documents do not meet the rules',
      source: DOCUMENT_RULES.returnToClient,
    });
  }
  if (d.informationTrue !== true) {
    reasons.push({
      code: 'informationNotTrue',
      'zh-CN': '客户资料不真实、不完整',
      en: 'Client information not true and complete',
      source: DOCUMENT_RULES.trueAndComplete,
    });
  }
  const decision: DocumentDecision =
    d.applicantEligible !== true ? 'notEligible' : reasons.length > 0 ? 'returnToClient' : 'handle';
  return { decision, reasons, missingDocuments };
}

export interface CallbackDue {
  dueBy: string;
  dueIn: string;
  rule: { 'zh-CN': string; en: string };
  source: string;
}

/**
 * The same-day callback of a client who opened an account today (000 第五篇 第五步, L539): due
 * by the end of the business day (`closingTime`), or, for an account opened after closing, by
 * the end of the calendar day (24:00).
 */
export function computeCallbackDue(openedAtTime: string, closingTime: string): CallbackDue {
  const opened = minutesOfDay(openedAtTime);
  const closing = minutesOfDay(closingTime);
  const afterClosing = opened >= closing;
  const due = afterClosing ? 24 * 60 : closing;
  return {
    dueBy: afterClosing ? '24:00' : closingTime,
    dueIn: isoMinutes(due - opened),
    rule: afterClosing
      ? { 'zh-CN': '营业结束后开户：当天24:00前回访', en: 'Opened after closing: call back before midnight' }
      : {
          'zh-CN': '当天开户的客户，当天营业结束前回访',
          en: 'Opened today: call back before the end of the business day',
        },
    source: SAME_DAY_CALLBACK.source,
  };
}

/** `banking.reviewClientDocuments@1`: handle, return to the client, or not eligible. */
export const reviewClientDocumentsActivity = defineActivity({
  version: 1,
  description: {
    en: 'Decides on a client application from the document review: handle, return the documents to the client, or not eligible.',
    'zh-CN': '根据客户资料审查结果决定：及时办理、明确告知并退还资料，或不具有申请资格。',
  },
  input: {
    type: 'object',
    properties: {
      businessType: { type: 'string', enum: ['securitiesAccount', 'bankProduct'] },
      documents: {
        type: 'object',
        properties: {
          idCardPresented: { type: 'boolean' },
          bankCardPresented: { type: 'boolean' },
          documentsComplete: { type: 'boolean' },
          documentsCompliant: { type: 'boolean' },
          applicantEligible: { type: 'boolean' },
          informationTrue: { type: 'boolean' },
          otherDocuments: TEXT,
          reasonToldToClient: TEXT,
          documentsReturned: { type: 'boolean' },
        },
        required: [
          'idCardPresented',
          'bankCardPresented',
          'documentsComplete',
          'documentsCompliant',
          'applicantEligible',
          'informationTrue',
        ],
        additionalProperties: false,
      },
    },
    required: ['businessType', 'documents'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      decision: { type: 'string', enum: ['handle', 'returnToClient', 'notEligible'] },
      reasons: {
        type: 'array',
        items: {
          type: 'object',
          properties: { code: TEXT, 'zh-CN': TEXT, en: TEXT, source: TEXT },
          required: ['code', 'zh-CN', 'en', 'source'],
          additionalProperties: false,
        },
      },
      missingDocuments: {
        type: 'array',
        items: {
          type: 'object',
          properties: { key: TEXT, 'zh-CN': TEXT, en: TEXT },
          required: ['key', 'zh-CN', 'en'],
          additionalProperties: false,
        },
      },
    },
    required: ['decision', 'reasons', 'missingDocuments'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input, ctx) {
    try {
      const result = reviewClientDocuments(input.businessType, input.documents);
      ctx.logger.info('client documents reviewed', { decision: result.decision });
      return result;
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidDocumentReview');
    }
  },
});

/** `banking.computeCallbackDue@1`: when the same-day callback of a new account is due. */
export const computeCallbackDueActivity = defineActivity({
  version: 1,
  description: {
    en: 'Computes when the same-day callback of a client who opened an account today is due.',
    'zh-CN': '计算当天开户客户的当天回访期限。',
  },
  input: {
    type: 'object',
    properties: { openedAtTime: HHMM, closingTime: HHMM },
    required: ['openedAtTime', 'closingTime'],
    additionalProperties: false,
  },
  output: {
    type: 'object',
    properties: {
      dueBy: { type: 'string', pattern: '^([01][0-9]|2[0-4]):[0-5][0-9]$' },
      dueIn: { type: 'string', pattern: '^PT' },
      rule: {
        type: 'object',
        properties: { 'zh-CN': TEXT, en: TEXT },
        required: ['zh-CN', 'en'],
        additionalProperties: false,
      },
      source: TEXT,
    },
    required: ['dueBy', 'dueIn', 'rule', 'source'],
    additionalProperties: false,
  },
  timeout: '10s',
  async execute(input) {
    try {
      return computeCallbackDue(input.openedAtTime, input.closingTime);
    } catch (error) {
      throw ApplicationFailure.nonRetryable((error as Error).message, 'InvalidTime');
    }
  },
});
