/** The shapes FormService answers with, and how database rows become them. */
import type { FormDocument, FormLocale } from '../../../engine/forms/index.js';

export interface FormSummary {
  id: string;
  latestVersion: number;
  title: Record<FormLocale, string>;
  updatedAt: string;
}

export interface FormVersionInfo {
  id: string;
  version: number;
  hash: string;
  /** `api`, or `file:<path>` for a form source loaded at start. */
  source: string;
  createdAt: string;
  createdBy: string;
}

export interface PublishedForm extends FormVersionInfo {
  /** True when the document equals the latest version's, so no version was made. */
  unchanged: boolean;
}

export interface StoredFormVersion extends FormVersionInfo {
  document: FormDocument;
}

export function toVersionInfo(row: {
  form_id: string;
  version: number;
  hash: string;
  source: string;
  created_at: Date;
  created_by: string;
}): FormVersionInfo {
  return {
    id: row.form_id,
    version: row.version,
    hash: row.hash,
    source: row.source,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
  };
}

/** JSON with object keys sorted, so equal documents hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
