/**
 * ajv errors → platform errors: one pointer per error, naming the field itself (a missing
 * required field or an unknown field points at that field, not at its parent), with the
 * noise of combinators removed (an `if` that failed its `then`, each failing `anyOf` branch).
 */
import type { ErrorObject } from 'ajv/dist/types/index.js';
import type { ErrorInput } from './messages.js';
import { joinPointer } from './json-pointer.js';

/** Keywords whose failing branches are summarised by the keyword's own error. */
const SUMMARISING = ['anyOf', 'oneOf', 'not', 'propertyNames', 'contains'];
const MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'dependentSchemas', 'dependentRequired'];

export function fromAjvErrors(errors: readonly ErrorObject[] | null | undefined): ErrorInput[] {
  const out: ErrorInput[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    if (error.keyword === 'if') continue;
    if (insideSummarisingBranch(error.schemaPath)) continue;
    const input = ajvErrorToInput(error);
    const key = `${input.pointer} ${input.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(input);
  }
  return out;
}

function insideSummarisingBranch(schemaPath: string): boolean {
  const segments = schemaPath.split('/');
  // The last segment is the failing keyword itself; a summarising keyword earlier means a branch
  // error. A segment right after a map keyword is a name (a field may be called "not").
  for (let i = 1; i < segments.length - 1; i++) {
    if (MAP_KEYWORDS.includes(segments[i - 1]!)) continue;
    if (SUMMARISING.includes(segments[i]!)) return true;
  }
  return false;
}

/** One ajv error as the platform names it: the field it is about and a stable code. */
export function ajvErrorToInput(error: ErrorObject): ErrorInput {
  const params = error.params as Record<string, unknown>;
  const base = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return { pointer: joinPointer(base, String(params.missingProperty)), code: 'required' };
    case 'dependentRequired':
      return {
        pointer: joinPointer(base, String(params.missingProperty)),
        code: 'dependentRequired',
        params: { triggerPointer: joinPointer(base, String(params.property)) },
      };
    case 'additionalProperties':
      return { pointer: joinPointer(base, String(params.additionalProperty)), code: 'additionalProperties' };
    case 'unevaluatedProperties':
      return { pointer: joinPointer(base, String(params.unevaluatedProperty)), code: 'unevaluatedProperties' };
    case 'propertyNames':
      return { pointer: joinPointer(base, String(params.propertyName)), code: 'propertyNames' };
    case 'type':
      return { pointer: base, code: 'type', params: { type: String(params.type) } };
    case 'format':
      return { pointer: base, code: 'format', params: { format: String(params.format) } };
    case 'multipleOf':
      return { pointer: base, code: 'multipleOf', params: { limit: params.multipleOf as number } };
    default:
      return {
        pointer: base,
        code: error.keyword,
        params: typeof params.limit === 'number' ? { limit: params.limit } : {},
      };
  }
}
