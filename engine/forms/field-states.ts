/**
 * Per-step field states, enforced on the server: at a step a field is `write` (the submission
 * sets it), `read` (shown; its value comes from earlier steps and cannot be changed) or
 * `hidden` (neither shown nor changeable). The state of a field is that of its longest listed
 * path prefix, else the step's default, else `write`.
 */
import type { FieldState, FormDocument } from './form-model.js';
import { isPlainObject, isWithin, joinPointer } from './json-pointer.js';
import type { ErrorInput } from './messages.js';

export class StepStates {
  private readonly rules: Array<[string, FieldState]>;
  private readonly fallback: FieldState;

  constructor(form: FormDocument, step: string | undefined) {
    const config = step === undefined ? undefined : form.steps?.[step];
    this.fallback = config?.default ?? 'write';
    // Longest first, so the first match is the most specific rule.
    this.rules = Object.entries(config?.fields ?? {}).sort((a, b) => b[0].length - a[0].length);
  }

  /** The state of the field at a property path. */
  stateOf(path: string): FieldState {
    return this.rules.find(([rule]) => isWithin(path, rule))?.[1] ?? this.fallback;
  }

  /** Whether some rule is about a field strictly below `path` (so `path` must be looked into). */
  hasRulesBelow(path: string): boolean {
    return this.rules.some(([rule]) => rule !== path && isWithin(rule, path));
  }
}

/**
 * Combines a submission with the current values: `write` fields come from the submission,
 * `read` and `hidden` fields from `current`. Changing a non-writable field is an error;
 * sending it back unchanged is not (the browser echoes read-only values).
 */
export function mergeForStep(
  states: StepStates,
  submitted: Record<string, unknown>,
  current: Record<string, unknown>,
  path = '',
): { merged: Record<string, unknown>; errors: ErrorInput[] } {
  const merged: Record<string, unknown> = {};
  const errors: ErrorInput[] = [];
  const has = (o: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  for (const key of new Set([...Object.keys(current), ...Object.keys(submitted)])) {
    const at = joinPointer(path, key);
    const mine = submitted[key];
    const theirs = current[key];
    if (
      states.hasRulesBelow(at) &&
      (mine === undefined || isPlainObject(mine)) &&
      (theirs === undefined || isPlainObject(theirs))
    ) {
      const inner = mergeForStep(
        states,
        (mine as Record<string, unknown>) ?? {},
        (theirs as Record<string, unknown>) ?? {},
        at,
      );
      errors.push(...inner.errors);
      if (Object.keys(inner.merged).length || has(submitted, key)) merged[key] = inner.merged;
      continue;
    }
    const state = states.stateOf(at);
    if (state === 'write') {
      if (has(submitted, key)) merged[key] = mine;
      continue;
    }
    if (has(submitted, key) && !jsonEqual(mine, theirs)) {
      errors.push({ pointer: at, code: state === 'read' ? 'fieldReadOnly' : 'fieldHidden' });
    }
    if (has(current, key)) merged[key] = theirs;
  }
  return { merged, errors };
}

/** A copy of `value` keeping only fields whose state passes `keep` (e.g. not hidden, or writable). */
export function projectByState(
  states: StepStates,
  value: Record<string, unknown>,
  keep: (state: FieldState) => boolean,
  path = '',
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const at = joinPointer(path, key);
    if (states.hasRulesBelow(at) && isPlainObject(child)) {
      const inner = projectByState(states, child, keep, at);
      if (Object.keys(inner).length || keep(states.stateOf(at))) out[key] = inner;
    } else if (keep(states.stateOf(at))) {
      out[key] = child;
    }
  }
  return out;
}

/** Structural equality of JSON values (key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]))
    );
  }
  return false;
}
