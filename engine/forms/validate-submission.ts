/**
 * Server-side validation of one submission of one step, in the order that keeps hostile
 * input away from everything recursive: size and key guards, step permissions, conditional
 * pruning, then the schema. Pure and synchronous: the browser runs the same code.
 */
import { fromAjvErrors } from './ajv-errors.js';
import type { CompiledForm } from './compile-form.js';
import { pruneConditionalFields } from './conditional-fields.js';
import { mergeForStep, projectByState, StepStates } from './field-states.js';
import type { FormLocale, SubmissionResult } from './form-model.js';
import { guardJson } from './json-guards.js';
import { fieldPathOf, isPlainObject } from './json-pointer.js';
import { FORM_LIMITS } from './limits.js';
import { localizeError, type ErrorInput } from './messages.js';

export interface ValidateSubmissionOptions {
  /**
   * The record before this step (earlier answers, prefill from the process's mappings).
   * Fields the step may only read or not see keep these values.
   */
  current?: Record<string, unknown>;
}

/**
 * Validates `data` submitted at `step` (a user task id; undefined when the form is not
 * filled as part of a process step, e.g. a preview). `data` in the result holds only the
 * fields this step writes, without fields whose condition is off.
 */
export function validateSubmission(
  form: CompiledForm,
  step: string | undefined,
  data: unknown,
  locale: FormLocale,
  opts: ValidateSubmissionOptions = {},
): SubmissionResult {
  const fail = (inputs: ErrorInput[], subject: unknown): SubmissionResult => ({
    ok: false,
    data: {},
    removed: [],
    errors: inputs.slice(0, FORM_LIMITS.maxErrors).map((e) => localizeError(form.document, e, subject, locale)),
  });
  if (!isPlainObject(data)) return fail([{ pointer: '', code: 'notObject' }], undefined);
  const guarded = guardJson(data, {
    maxDepth: FORM_LIMITS.maxDataDepth,
    maxArrayItems: FORM_LIMITS.maxArrayItems,
    maxObjectProperties: FORM_LIMITS.maxObjectProperties,
    maxStringLength: FORM_LIMITS.maxStringLength,
    maxChars: FORM_LIMITS.maxDataChars,
  });
  if (guarded.length) {
    // Labels are looked up without the data: walking it is what the guard just refused.
    return fail(
      guarded.map((v) => ({ pointer: v.pointer, code: v.code, params: { limit: v.limit } })),
      undefined,
    );
  }

  const states = new StepStates(form.document, step);
  const { merged, errors: permission } = mergeForStep(states, data, opts.current ?? {});
  const { data: pruned, removed } = pruneConditionalFields(form, merged);
  form.validate(pruned);
  // A step answers only for what it can change: rules broken by fields it cannot write are not its errors.
  // ajv also marks a declared field "unevaluated" when a sibling branch fails; a declared field
  // is never unknown (fields of branches that are off were pruned above), so drop that noise.
  const declared = new Set(form.fields.map((f) => f.path));
  const schemaErrors = fromAjvErrors(form.validate.errors).filter((e) => {
    const path = fieldPathOf(e.pointer, pruned);
    if (e.code === 'unevaluatedProperties' && declared.has(path)) return false;
    return e.pointer === '' || states.stateOf(path) === 'write';
  });
  const errors = [...permission, ...schemaErrors];
  if (errors.length) return { ...fail(errors, pruned), removed };
  return { ok: true, data: projectByState(states, pruned, (s) => s === 'write'), errors: [], removed };
}
