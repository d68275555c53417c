/**
 * The schema json-schema-to-typescript sees. It does not understand conditional sections or
 * `unevaluatedProperties`, so before generating types each data object gets its conditional
 * fields as optional properties, its branches and combinators removed, and is closed with
 * `additionalProperties: false`. Nested titles become doc comments instead of extra type
 * names, so each form yields one root type named after its `$id`.
 */
import { ATTACHMENT_FORMAT } from './create-form-ajv.js';
import { declaredFields } from './field-declarations.js';
import type { JsonSchema } from './form-model.js';
import { isPlainObject } from './json-pointer.js';

const RULE_KEYWORDS = [
  'if',
  'then',
  'else',
  'dependentSchemas',
  'dependentRequired',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'unevaluatedProperties',
];

/** `core/incident-report` → `CoreIncidentReport`. */
export function typeNameOf(formId: string): string {
  return formId
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

export function schemaForTypes(schema: JsonSchema): JsonSchema {
  const root = structuredClone(schema);
  const title = typeof root.title === 'string' ? root.title : undefined;
  delete root.$id;
  delete root.title;
  delete root.$schema;
  transform(root, root, '', 0);
  if (title) root.description = root.description ? `${title}: ${String(root.description)}` : title;
  return root;
}

function transform(root: JsonSchema, node: JsonSchema, pointer: string, depth: number): void {
  if (depth > 32) return;
  if (isPlainObject(node.properties) || node.type === 'object') {
    const own = isPlainObject(node.properties) ? node.properties : {};
    const merged: Record<string, unknown> = { ...own };
    for (const decl of declaredFields(root, node, pointer)) {
      if (!(decl.name in merged)) merged[decl.name] = structuredClone(decl.schema);
    }
    const closed = node.additionalProperties === false || node.unevaluatedProperties === false;
    for (const keyword of RULE_KEYWORDS) delete node[keyword];
    node.properties = merged;
    if (closed) node.additionalProperties = false;
  }
  if (node.format === ATTACHMENT_FORMAT && node.description === undefined && node.title === undefined) {
    node.description = `Attachment id (upload with POST /api/attachments)${typeof node.contentMediaType === 'string' ? `; ${node.contentMediaType}` : ''}.`;
  }
  if (depth > 0) {
    if (typeof node.title === 'string' && node.description === undefined) node.description = node.title;
    delete node.title;
  }
  for (const map of ['properties', '$defs'] as const) {
    const children = node[map];
    if (!isPlainObject(children)) continue;
    for (const [name, child] of Object.entries(children)) {
      if (isPlainObject(child)) transform(root, child, `${pointer}/${map}/${name}`, depth + 1);
    }
  }
  for (const keyword of ['items', 'additionalProperties'] as const) {
    const child = node[keyword];
    if (isPlainObject(child)) transform(root, child, `${pointer}/${keyword}`, depth + 1);
  }
}
