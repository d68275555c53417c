/** JSON Schema pieces the banking activities share (their TypeScript types follow from them). */
import { HHMM_PATTERN } from './time.js';

export const TEXT = { type: 'string' } as const;

/** A wall-clock time `HH:MM`. */
export const HHMM = { type: 'string', pattern: HHMM_PATTERN } as const;

/** A text in both UI languages. */
export const LOCALIZED = {
  type: 'object',
  properties: { 'zh-CN': TEXT, en: TEXT },
  required: ['zh-CN', 'en'],
  additionalProperties: false,
} as const;

/** Pieces counted per denomination (data/denominations.ts lists the same codes). */
export const CASH_COUNT = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      denomination: { type: 'string', enum: ['100', '50', '20', '10', '5', '1', '0.5', '0.1'] },
      pieces: { type: 'integer', minimum: 0 },
    },
    required: ['denomination', 'pieces'],
    additionalProperties: false,
  },
  maxItems: 16,
} as const;
