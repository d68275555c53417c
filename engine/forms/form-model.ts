/**
 * The form model: what a form is (a JSON Schema 2020-12 plus a uiSchema, labels in every
 * supported language and per-step field states) and what validating a submission answers.
 * Plain JSON types only, so the same objects travel between server, worker and browser.
 */

/** A JSON Schema object as stored; the checks in check-form-document.ts decide what is allowed in it. */
export type JsonSchema = { [keyword: string]: unknown };

/** Languages every form carries labels for; error messages come in the same languages. */
export const FORM_LOCALES = ['zh-CN', 'en'] as const;
export type FormLocale = (typeof FORM_LOCALES)[number];

/** What a step may do with a field: change it, see it, or not even know it has a value. */
export const FIELD_STATES = ['write', 'read', 'hidden'] as const;
export type FieldState = (typeof FIELD_STATES)[number];

/** Labels of one language. Field paths are JSON pointers over the data, with `*` for array items. */
export interface FormLocaleLabels {
  /** Title of the form. */
  title: string;
  /** Short description shown under the title. */
  description?: string;
  /** Label and help text per field path, e.g. `/location` or `/witnesses/*\/name`. */
  fields: Record<string, FieldLabel>;
}

export interface FieldLabel {
  label: string;
  help?: string;
  /** Display names of enum values, keyed by the value as a string. */
  options?: Record<string, string>;
}

/**
 * Field states of one step (a BPMN user task id). Paths are property paths (`/a/b`, no `*`);
 * the state of a field is that of its longest listed prefix, else `default`.
 */
export interface StepFieldStates {
  /** State of fields not listed; `write` when omitted. */
  default?: FieldState;
  fields?: Record<string, FieldState>;
}

/**
 * A form as published: one immutable version of `schema.$id`.
 * @example
 * { schema: { $id: 'core/leave-request', type: 'object', ... }, uiSchema: {}, labels: { en: {...}, 'zh-CN': {...} },
 *   steps: { UserTask_Approve: { default: 'read', fields: { '/decision': 'write' } } } }
 */
export interface FormDocument {
  /** JSON Schema 2020-12; `$id` is `<owner>/<name>` and names the form. */
  schema: JsonSchema;
  /** rjsf uiSchema: widgets, order, placeholders. Never affects validation. */
  uiSchema?: Record<string, unknown>;
  labels: Record<FormLocale, FormLocaleLabels>;
  /** Field states per step id; a step not listed may write every field. */
  steps?: Record<string, StepFieldStates>;
}

/** A problem that stops a form from being published; `pointer` points into the FormDocument. */
export interface FormProblem {
  pointer: string;
  code: FormProblemCode;
  message: string;
}

export type FormProblemCode =
  | 'FORM_DOCUMENT_SHAPE'
  | 'FORM_SCHEMA_TOO_LARGE'
  | 'FORM_SCHEMA_TOO_DEEP'
  | 'FORM_SCHEMA_META'
  | 'FORM_SCHEMA_UNKNOWN_KEYWORD'
  | 'FORM_SCHEMA_FORBIDDEN_KEYWORD'
  | 'FORM_SCHEMA_FORBIDDEN_NAME'
  | 'FORM_SCHEMA_REMOTE_REF'
  | 'FORM_SCHEMA_UNRESOLVED_REF'
  | 'FORM_SCHEMA_UNKNOWN_FORMAT'
  | 'FORM_SCHEMA_PATTERN'
  | 'FORM_SCHEMA_ID'
  | 'FORM_SCHEMA_ROOT'
  | 'FORM_SCHEMA_OPEN_OBJECT'
  | 'FORM_SCHEMA_UNDECLARED_FIELD'
  | 'FORM_SCHEMA_STRICT'
  | 'FORM_LABEL_MISSING'
  | 'FORM_STEP_INVALID';

/** One reason a submission was rejected; `pointer` points into the submitted data. */
export interface SubmissionError {
  pointer: string;
  /** A JSON Schema keyword (`required`, `maxLength`…) or one of the platform's codes (`fieldReadOnly`…). */
  code: string;
  /** In the requested language. */
  message: string;
}

export interface SubmissionResult {
  ok: boolean;
  /** The fields this step writes, without fields hidden by conditions or by the step. */
  data: Record<string, unknown>;
  errors: SubmissionError[];
  /** Pointers of submitted or prefilled fields dropped because their condition is off. */
  removed: string[];
}
