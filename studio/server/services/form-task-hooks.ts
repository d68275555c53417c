/**
 * Adapters that plug FormService into the task inbox: the gate that validates and prunes a
 * completion against the form version the task pinned, at the task's step, and the view a
 * task page shows (hidden fields never leave the server). Typed structurally, so the task
 * service can pass its rows as they are.
 */
import type { FormLocale, FormView } from '../../../engine/forms/index.js';
import { formErrors } from './form-errors.js';
import type { FormService } from './forms.js';

/** The columns of a task row the gate needs. */
export interface GatedTask {
  form_id: string | null;
  form_version: number | null;
  node_id: string;
  /** Prefill from the task's input mappings: earlier answers the step may read. */
  input?: Record<string, unknown> | null;
}

/** The fields of a task summary the view needs. */
export interface ViewedTask {
  formId: string | null;
  formVersion: number | null;
  nodeId: string;
}

/** Picks the language of messages for a user; English when unknown. */
export type LocaleOf = (user: { id: string; locale?: string }) => FormLocale;

/**
 * A `FormGate`: returns the data the step writes (conditional-off and non-writable fields
 * dropped), or throws 400 FORM_INVALID with pointers.
 */
export function formGate(forms: FormService, localeOf: LocaleOf = () => 'en') {
  return async (
    task: GatedTask,
    data: Record<string, unknown>,
    user: { id: string },
  ): Promise<Record<string, unknown>> => {
    if (!task.form_id) return data;
    // Tasks pin their version when they open (FormService.resolveVersion); latest is only a fallback.
    const version = task.form_version ?? (await forms.resolveVersion(task.form_id));
    const result = await forms.validate(task.form_id, version, {
      step: task.node_id,
      data,
      current: task.input ?? {},
      locale: localeOf(user),
      actorId: user.id,
    });
    if (!result.ok) throw formErrors.invalid(result.errors);
    return result.data;
  };
}

/** A `TaskFormView`: the pinned form as the user may see it at the task's step, with `values` shown. */
export function taskFormView(forms: FormService, localeOf: LocaleOf = () => 'en') {
  return async (
    task: ViewedTask,
    user: { id: string },
    values: Record<string, unknown> = {},
  ): Promise<(FormView & { id: string; version: number }) | null> => {
    if (!task.formId) return null;
    const stored = await forms.get(task.formId, task.formVersion ?? undefined);
    const view = await forms.view(stored.id, stored.version, task.nodeId, values, localeOf(user));
    return { id: stored.id, version: stored.version, ...view };
  };
}
