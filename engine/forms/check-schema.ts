/**
 * Keyword-level publish checks that name the exact pointer: unknown and forbidden keywords,
 * remote or dangling `$ref`s, unknown formats, patterns RE2 cannot run, property names that
 * reach the prototype, and open objects. Meta-validation and ajv's strict compile run after
 * these (check-form-document.ts) and catch the rest.
 */
import { FORM_FORMATS } from './create-form-ajv.js';
import { declaredFields, resolveLocalRef } from './field-declarations.js';
import type { FormProblem, JsonSchema } from './form-model.js';
import { isPlainObject, joinPointer } from './json-pointer.js';
import { FORBIDDEN_KEYS, FORM_LIMITS } from './limits.js';
import { patternProblem } from './linear-regexp.js';
import { FORBIDDEN_KEYWORDS, isKnownKeyword, isSchemaKeyword, walkSchema } from './schema-walk.js';

const FORMATS = new Set<string>(FORM_FORMATS);

/** Problems in `schema`; pointers are prefixed with `base` (where the schema sits in the document). */
export function checkSchemaKeywords(schema: JsonSchema, base: string): FormProblem[] {
  const problems: FormProblem[] = [];
  const add = (pointer: string, code: FormProblem['code'], message: string) =>
    problems.push({ pointer: base + pointer, code, message });

  const walk = walkSchema(
    schema,
    ({ schema: node, pointer, depth }) => {
      for (const keyword of Object.keys(node)) {
        const at = joinPointer(pointer, keyword);
        if (FORBIDDEN_KEYWORDS[keyword]) add(at, 'FORM_SCHEMA_FORBIDDEN_KEYWORD', FORBIDDEN_KEYWORDS[keyword]!);
        else if (!isKnownKeyword(keyword)) add(at, 'FORM_SCHEMA_UNKNOWN_KEYWORD', `Unknown keyword "${keyword}".`);
      }
      for (const [keyword, value] of Object.entries(node)) {
        // `{ "$data": "1/x" }` in place of a bound: ajv would read the bound from the submission.
        if (
          keyword !== 'default' &&
          keyword !== 'examples' &&
          isPlainObject(value) &&
          '$data' in value &&
          !isSchemaKeyword(keyword)
        ) {
          add(joinPointer(pointer, keyword, '$data'), 'FORM_SCHEMA_FORBIDDEN_KEYWORD', FORBIDDEN_KEYWORDS.$data!);
        }
      }
      if ((node.then !== undefined || node.else !== undefined) && node.if === undefined) {
        add(
          joinPointer(pointer, node.then !== undefined ? 'then' : 'else'),
          'FORM_SCHEMA_STRICT',
          '"then" and "else" do nothing without "if".',
        );
      }
      if (depth > 0 && node.$id !== undefined) {
        add(joinPointer(pointer, '$id'), 'FORM_SCHEMA_FORBIDDEN_KEYWORD', 'Only the root schema may have an "$id".');
      }
      checkRef(schema, node, pointer, add);
      if (typeof node.format === 'string' && !FORMATS.has(node.format)) {
        add(
          joinPointer(pointer, 'format'),
          'FORM_SCHEMA_UNKNOWN_FORMAT',
          `Unknown format "${node.format}"; forms accept ${[...FORMATS].join(', ')}.`,
        );
      }
      if (typeof node.pattern === 'string') {
        const problem = patternProblem(node.pattern);
        if (problem) add(joinPointer(pointer, 'pattern'), 'FORM_SCHEMA_PATTERN', problem);
      }
      if (isPlainObject(node.patternProperties)) {
        for (const key of Object.keys(node.patternProperties)) {
          const problem = patternProblem(key);
          if (problem) add(joinPointer(pointer, 'patternProperties', key), 'FORM_SCHEMA_PATTERN', problem);
        }
      }
      checkNames(node, pointer, add);
    },
    { maxDepth: FORM_LIMITS.maxSchemaDepth, maxNodes: FORM_LIMITS.maxSchemaNodes },
  );
  if (walk.truncated) {
    add(
      '',
      'FORM_SCHEMA_TOO_DEEP',
      `The schema nests deeper than ${FORM_LIMITS.maxSchemaDepth} levels or has more than ${FORM_LIMITS.maxSchemaNodes} subschemas.`,
    );
  }
  return problems;
}

type Add = (pointer: string, code: FormProblem['code'], message: string) => void;

function checkRef(root: JsonSchema, node: JsonSchema, pointer: string, add: Add): void {
  if (node.$ref === undefined) return;
  const at = joinPointer(pointer, '$ref');
  if (typeof node.$ref !== 'string') return; // meta-validation reports the type
  if (!node.$ref.startsWith('#')) {
    add(
      at,
      'FORM_SCHEMA_REMOTE_REF',
      `"${node.$ref}" is not a local reference; forms may only refer to "#/..." inside themselves.`,
    );
  } else if (!resolveLocalRef(root, node.$ref)) {
    add(at, 'FORM_SCHEMA_UNRESOLVED_REF', `"${node.$ref}" does not point to a schema in this form.`);
  }
}

/** Property names that would reach the prototype are refused wherever a schema names a property. */
function checkNames(node: JsonSchema, pointer: string, add: Add): void {
  const forbidden = (name: unknown) => typeof name === 'string' && FORBIDDEN_KEYS.has(name);
  const message = (name: string) => `"${name}" cannot be a field name.`;
  for (const keyword of ['properties', 'dependentSchemas', 'dependentRequired'] as const) {
    const map = node[keyword];
    if (!isPlainObject(map)) continue;
    for (const name of Object.keys(map)) {
      if (forbidden(name)) add(joinPointer(pointer, keyword, name), 'FORM_SCHEMA_FORBIDDEN_NAME', message(name));
    }
  }
  if (Array.isArray(node.required)) {
    node.required.forEach((name, i) => {
      if (forbidden(name))
        add(joinPointer(pointer, 'required', i), 'FORM_SCHEMA_FORBIDDEN_NAME', message(String(name)));
    });
  }
}

/**
 * Objects that hold data must be closed, so nothing unplanned is stored. Fields declared in a
 * conditional branch need `unevaluatedProperties: false` (`additionalProperties` only sees the
 * object's own `properties` and would reject them).
 */
export function checkClosedObject(root: JsonSchema, node: JsonSchema, pointer: string, base: string): FormProblem[] {
  const fields = declaredFields(root, node, pointer);
  if (fields.length === 0 && node.type !== 'object') return [];
  const closedByAdditional = node.additionalProperties === false;
  const closedByUnevaluated = node.unevaluatedProperties === false;
  if (!closedByAdditional && !closedByUnevaluated) {
    return [
      {
        pointer: base + pointer,
        code: 'FORM_SCHEMA_OPEN_OBJECT',
        message:
          'An object that holds form data needs "additionalProperties": false or "unevaluatedProperties": false.',
      },
    ];
  }
  const branchOnly = fields.filter((f) => f.conditional || !f.pointer.startsWith(joinPointer(pointer, 'properties')));
  if (closedByAdditional && branchOnly.length > 0) {
    return [
      {
        pointer: base + joinPointer(pointer, 'additionalProperties'),
        code: 'FORM_SCHEMA_OPEN_OBJECT',
        message: `Fields declared in branches or allOf (${branchOnly.map((f) => f.name).join(', ')}) need "unevaluatedProperties": false instead of "additionalProperties": false.`,
      },
    ];
  }
  return [];
}
