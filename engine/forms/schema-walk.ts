/**
 * The JSON Schema 2020-12 keywords forms may use, by how they hold subschemas, and a bounded
 * walk over every subschema. "Shape" positions describe nested data (a property's value, an
 * array item); "same-instance" positions (allOf, if/then/else, dependentSchemas…) add rules to
 * the data the parent describes.
 */
import type { JsonSchema } from './form-model.js';
import { isPlainObject, joinPointer } from './json-pointer.js';

/** Keywords whose value is one subschema that describes nested data. */
export const SHAPE_SCHEMA_KEYWORDS = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
] as const;
/** Keywords whose value is one subschema applied to the same data. */
export const SAME_INSTANCE_SCHEMA_KEYWORDS = ['if', 'then', 'else', 'not'] as const;
/** Keywords whose value maps names to subschemas. */
export const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'] as const;
/** Keywords whose value is a list of subschemas applied to the same data. */
export const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf'] as const;

/** Keywords with plain values (numbers, strings, lists of names, annotations). */
// prettier-ignore
export const VALUE_KEYWORDS = [
  '$schema', '$id', '$ref', '$comment',
  'type', 'enum', 'const',
  'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum',
  'maxLength', 'minLength', 'pattern', 'format', 'contentMediaType',
  'maxItems', 'minItems', 'uniqueItems', 'maxContains', 'minContains',
  'maxProperties', 'minProperties', 'required', 'dependentRequired',
  'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated',
] as const;

/** 2020-12 keywords forms do not accept, with the reason given to the author. */
export const FORBIDDEN_KEYWORDS: Readonly<Record<string, string>> = {
  $data: '$data references are switched off: a rule may not read its bounds from the submission.',
  $dynamicRef: 'Dynamic references are not supported in forms; use a local "$ref".',
  $dynamicAnchor: 'Dynamic anchors are not supported in forms.',
  $recursiveRef: 'Recursive references are not supported in forms; use a local "$ref".',
  $recursiveAnchor: 'Recursive anchors are not supported in forms.',
  $anchor: 'Anchors are not supported in forms; refer to "#/$defs/<name>" instead.',
  $vocabulary: 'Custom vocabularies are not supported in forms.',
  prefixItems: 'Tuples are not supported in forms (the type generator cannot express them); use an object.',
  contentEncoding: 'Files are never embedded in form data; use an attachment field (format "attachment-id").',
  contentSchema: 'Embedded documents are not supported; use an attachment field (format "attachment-id").',
  definitions: 'Draft-07 "definitions" is not 2020-12; use "$defs".',
  dependencies: 'Draft-07 "dependencies" is not 2020-12; use "dependentRequired" or "dependentSchemas".',
};

const KNOWN = new Set<string>([
  ...SHAPE_SCHEMA_KEYWORDS,
  ...SAME_INSTANCE_SCHEMA_KEYWORDS,
  ...SCHEMA_MAP_KEYWORDS,
  ...SCHEMA_LIST_KEYWORDS,
  ...VALUE_KEYWORDS,
]);

export function isKnownKeyword(keyword: string): boolean {
  return KNOWN.has(keyword);
}

const SCHEMA_HOLDING = new Set<string>([
  ...SHAPE_SCHEMA_KEYWORDS,
  ...SAME_INSTANCE_SCHEMA_KEYWORDS,
  ...SCHEMA_MAP_KEYWORDS,
  ...SCHEMA_LIST_KEYWORDS,
]);

/** Whether a keyword's value is (or holds) subschemas rather than a plain value. */
export function isSchemaKeyword(keyword: string): boolean {
  return SCHEMA_HOLDING.has(keyword);
}

export interface VisitedSchema {
  schema: JsonSchema;
  /** Pointer of this subschema inside the root schema. */
  pointer: string;
  /** Subschema nesting depth; the root is 0. */
  depth: number;
}

/**
 * Calls `visit` for the root and every subschema (boolean subschemas are skipped), depth first.
 * Stops descending below `maxDepth` and after `maxNodes` subschemas; returns whether it stopped early.
 */
export function walkSchema(
  root: JsonSchema,
  visit: (node: VisitedSchema) => void,
  limits: { maxDepth: number; maxNodes: number },
): { truncated: boolean; nodes: number } {
  const stack: VisitedSchema[] = [{ schema: root, pointer: '', depth: 0 }];
  let nodes = 0;
  let truncated = false;
  while (stack.length) {
    const node = stack.pop()!;
    if (++nodes > limits.maxNodes) return { truncated: true, nodes };
    visit(node);
    const children = subschemasOf(node.schema, node.pointer);
    if (children.length && node.depth >= limits.maxDepth) {
      truncated = true;
      continue;
    }
    for (const child of children.reverse()) stack.push({ ...child, depth: node.depth + 1 });
  }
  return { truncated, nodes };
}

/** The direct subschemas of a schema with their pointers (object subschemas only). */
export function subschemasOf(schema: JsonSchema, pointer: string): Array<{ schema: JsonSchema; pointer: string }> {
  const out: Array<{ schema: JsonSchema; pointer: string }> = [];
  for (const keyword of [...SHAPE_SCHEMA_KEYWORDS, ...SAME_INSTANCE_SCHEMA_KEYWORDS]) {
    const child = schema[keyword];
    if (isPlainObject(child)) out.push({ schema: child, pointer: joinPointer(pointer, keyword) });
  }
  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = schema[keyword];
    if (!isPlainObject(map)) continue;
    for (const [name, child] of Object.entries(map)) {
      if (isPlainObject(child)) out.push({ schema: child, pointer: joinPointer(pointer, keyword, name) });
    }
  }
  for (const keyword of SCHEMA_LIST_KEYWORDS) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    list.forEach((child, i) => {
      if (isPlainObject(child)) out.push({ schema: child, pointer: joinPointer(pointer, keyword, i) });
    });
  }
  return out;
}
