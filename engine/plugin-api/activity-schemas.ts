/**
 * Compiling and applying activity schemas. Activities use the forms' ajv factory (JSON Schema
 * 2020-12, strict, no coercion, RE2 patterns), so a schema means the same thing in a form, in
 * the studio and at the activity boundary.
 */
import type { ErrorObject, ValidateFunction } from 'ajv/dist/types/index.js';
import { createFormAjv } from '../forms/index.js';
import type { ActivitySchema } from './define-activity.js';

/** One reason a value does not match a schema; `pointer` is a JSON pointer into the value. */
export interface SchemaViolation {
  pointer: string;
  message: string;
}

export type CompiledSchema = (value: unknown) => SchemaViolation[];

/** Compiles a schema; throws with ajv's message when it does not compile. */
export function compileActivitySchema(schema: ActivitySchema): CompiledSchema {
  // One ajv per schema: two activities may reuse an `$id` without clashing.
  const validate: ValidateFunction = createFormAjv().compile(schema);
  return (value) => (validate(value) ? [] : violations(validate.errors));
}

/** Why a schema does not compile, or undefined when it does. */
export function schemaProblem(schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return 'must be a JSON Schema object';
  try {
    compileActivitySchema(schema as ActivitySchema);
    return undefined;
  } catch (err) {
    return `does not compile: ${(err as Error).message}`;
  }
}

/** ajv errors as pointers to the offending value (a missing property is pointed at by name). */
function violations(errors: ErrorObject[] | null | undefined): SchemaViolation[] {
  return (errors ?? []).map((e) => {
    if (e.keyword === 'required') {
      return { pointer: `${e.instancePath}/${String(e.params.missingProperty)}`, message: 'is required' };
    }
    if (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties') {
      const name = e.params.additionalProperty ?? e.params.unevaluatedProperty;
      return { pointer: `${e.instancePath}/${String(name)}`, message: 'is not allowed' };
    }
    return { pointer: e.instancePath || '/', message: e.message ?? `fails ${e.keyword}` };
  });
}

/** `"/clientId must be string; /amount is required"`, shortened after `max` violations. */
export function describeViolations(found: SchemaViolation[], max = 5): string {
  const shown = found.slice(0, max).map((v) => `${v.pointer} ${v.message}`);
  return found.length > max ? `${shown.join('; ')}; and ${found.length - max} more` : shown.join('; ');
}
