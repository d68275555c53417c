import { BpmnErrorCode, type ProblemSink } from './problems.js';

// moddle turns "abc" into NaN without a warning for typed attributes, so every wf attribute is
// declared as a String and parsed here, where a bad value becomes a clear error.

/** A non-negative integer attribute; undefined when absent or invalid (invalid is reported). */
export function readInteger(
  raw: string | undefined,
  what: string,
  elementId: string,
  problems: ProblemSink,
  range: { min: number; max: number } = { min: 0, max: Number.MAX_SAFE_INTEGER },
): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || value < range.min || value > range.max) {
    problems.error(
      BpmnErrorCode.InvalidAttribute,
      `${what} must be a whole number from ${range.min} to ${range.max}, got "${raw}".`,
      elementId,
    );
    return undefined;
  }
  return value;
}

/** A "true"/"false" attribute (zeebe already gives booleans); undefined when absent or invalid. */
export function readBoolean(
  raw: string | boolean | undefined,
  what: string,
  elementId: string,
  problems: ProblemSink,
): boolean | undefined {
  if (raw === undefined || typeof raw === 'boolean') return raw;
  const value = raw.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  problems.error(BpmnErrorCode.InvalidAttribute, `${what} must be "true" or "false", got "${raw}".`, elementId);
  return undefined;
}

/** Variable names may be dotted paths (`order.total`), as in Camunda 8 output mappings. */
const VARIABLE_NAME = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

/** A variable name for targets and result variables; undefined when absent or invalid. */
export function readVariableName(
  raw: string | undefined,
  what: string,
  elementId: string,
  problems: ProblemSink,
): string | undefined {
  if (raw === undefined) return undefined;
  const name = raw.trim();
  if (!VARIABLE_NAME.test(name)) {
    problems.error(BpmnErrorCode.InvalidAttribute, `${what} "${raw}" is not a valid variable name.`, elementId);
    return undefined;
  }
  return name;
}

/** `a, b ,c` → `a,b,c`: lists are stored as one literal the interpreter splits on commas. */
export function normaliseList(raw: string): string {
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .join(',');
}

/** Trimmed, non-empty string or undefined. */
export function present(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  return value ? value : undefined;
}
