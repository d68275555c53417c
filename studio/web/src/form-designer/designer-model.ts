/**
 * The form designer's working model: a list of fields as a person thinks of them (a text, a
 * table with columns, a section of fields…). It converts to and from the form document the
 * platform publishes (JSON Schema 2020-12 + uiSchema + labels + step field states).
 */
import type { FieldState, FormLocale } from '../../../../engine/forms/index';

export const FIELD_KINDS = [
  'text',
  'number',
  'date',
  'select',
  'checkbox',
  'table',
  'attachment',
  'signature',
  'section',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];
/** Kinds a table column or a section child may have. */
export const NESTED_KINDS: FieldKind[] = ['text', 'number', 'date', 'select', 'checkbox'];

export type Localized = Record<FormLocale, string>;

export interface FieldOption {
  value: string;
  labels: Localized;
}

export interface VisibleWhen {
  /** Key of a top-level select or checkbox field. */
  field: string;
  equals: string | boolean;
}

export interface DesignerField {
  key: string;
  kind: FieldKind;
  labels: Localized;
  help?: Localized;
  required: boolean;
  /** text */
  multiline?: boolean;
  minLength?: number;
  maxLength?: number;
  /** number */
  integer?: boolean;
  minimum?: number;
  maximum?: number;
  /** date: a date and time of day (`date-time`) instead of a calendar date */
  withTime?: boolean;
  /** select */
  options?: FieldOption[];
  /** attachment: photos only, several files */
  imagesOnly?: boolean;
  multiple?: boolean;
  maxItems?: number;
  /** table columns and section children */
  children?: DesignerField[];
  /** Shown (and stored) only while another field has a value. Top-level fields only. */
  visibleWhen?: VisibleWhen;
}

export interface StepStates {
  default: FieldState;
  fields: Record<string, FieldState>;
}

export interface DesignerForm {
  /** `<owner>/<name>`, the schema `$id`. */
  id: string;
  title: Localized;
  description: Localized;
  fields: DesignerField[];
  /** Field states per user task id. */
  steps: Record<string, StepStates>;
}

const KIND_LABELS: Record<FieldKind, Localized> = {
  text: { 'zh-CN': '文本', en: 'Text' },
  number: { 'zh-CN': '数字', en: 'Number' },
  date: { 'zh-CN': '日期', en: 'Date' },
  select: { 'zh-CN': '选择', en: 'Choice' },
  checkbox: { 'zh-CN': '勾选', en: 'Checkbox' },
  table: { 'zh-CN': '表格', en: 'Table' },
  attachment: { 'zh-CN': '附件', en: 'Attachment' },
  signature: { 'zh-CN': '签名', en: 'Signature' },
  section: { 'zh-CN': '分组', en: 'Section' },
};

/** A new field of a kind, with a key not used in `siblings` and labels in both languages. */
export function newField(kind: FieldKind, siblings: DesignerField[]): DesignerField {
  let n = 1;
  while (siblings.some((f) => f.key === `${kind}${n}`)) n++;
  const base = KIND_LABELS[kind];
  const field: DesignerField = {
    key: `${kind}${n}`,
    kind,
    required: false,
    labels: { 'zh-CN': `${base['zh-CN']} ${n}`, en: `${base.en} ${n}` },
  };
  if (kind === 'select') {
    field.options = [
      { value: 'a', labels: { 'zh-CN': '选项 A', en: 'Option A' } },
      { value: 'b', labels: { 'zh-CN': '选项 B', en: 'Option B' } },
    ];
  }
  if (kind === 'table') field.children = [newField('text', [])];
  if (kind === 'section') field.children = [newField('text', [])];
  return field;
}

export function emptyForm(): DesignerForm {
  return { id: '', title: { 'zh-CN': '', en: '' }, description: { 'zh-CN': '', en: '' }, fields: [], steps: {} };
}

export const FIELD_KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Field paths as the form document names them: `/key`, `/table/*\/column`, `/section/child`. */
export function fieldPaths(fields: DesignerField[], prefix = ''): Array<{ path: string; field: DesignerField }> {
  return fields.flatMap((f) => {
    const path = `${prefix}/${f.key}`;
    const nested = f.children ? fieldPaths(f.children, f.kind === 'table' ? `${path}/*` : path) : [];
    return [{ path, field: f }, ...nested];
  });
}
