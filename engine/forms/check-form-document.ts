/**
 * Everything a form must pass before it is published, returning every problem at once with
 * the JSON pointer into the posted document. Order matters: bounded checks first, so later
 * (recursive) steps only ever see a schema of sane size and depth.
 */
import type { ErrorObject } from 'ajv/dist/types/index.js';
import { checkDataObjects } from './check-fields.js';
import { checkLabels, checkSteps } from './check-labels-and-steps.js';
import { checkSchemaKeywords } from './check-schema.js';
import { createFormAjv } from './create-form-ajv.js';
import { listFields } from './field-paths.js';
import type { FormDocument, FormProblem, JsonSchema } from './form-model.js';
import { guardJson } from './json-guards.js';
import { isPlainObject } from './json-pointer.js';
import { FORM_LIMITS } from './limits.js';

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
/** `<owner>/<form-name>`: the owner is a plugin id, a workflow name or `core`. */
export const FORM_ID_PATTERN = /^[a-z][a-z0-9-]{0,62}\/[a-z][a-z0-9-]{0,99}$/;
const DOCUMENT_KEYS = new Set(['schema', 'uiSchema', 'labels', 'steps']);

export type FormCheckResult = { ok: true; document: FormDocument; id: string } | { ok: false; problems: FormProblem[] };

export function checkFormDocument(input: unknown): FormCheckResult {
  const fail = (problems: FormProblem[]): FormCheckResult => ({ ok: false, problems });
  if (!isPlainObject(input)) return fail([shape('', 'A form is an object { schema, uiSchema?, labels, steps? }.')]);
  const guard = guardJson(input, {
    maxDepth: FORM_LIMITS.maxDocumentDepth,
    maxArrayItems: FORM_LIMITS.maxSchemaNodes,
    maxObjectProperties: FORM_LIMITS.maxSchemaNodes,
    maxStringLength: FORM_LIMITS.maxDocumentChars,
    maxChars: FORM_LIMITS.maxDocumentChars,
  });
  if (guard.length) {
    return fail(
      guard.map((v) => ({
        pointer: v.pointer,
        code:
          v.code === 'forbiddenKey'
            ? 'FORM_SCHEMA_FORBIDDEN_NAME'
            : v.code === 'tooDeep'
              ? 'FORM_SCHEMA_TOO_DEEP'
              : 'FORM_SCHEMA_TOO_LARGE',
        message:
          v.code === 'forbiddenKey'
            ? `"${v.key}" cannot be used as a key.`
            : `The form exceeds a size limit (${v.code}, limit ${v.limit ?? '-'}).`,
      })),
    );
  }
  const problems: FormProblem[] = Object.keys(input)
    .filter((k) => !DOCUMENT_KEYS.has(k))
    .map((k) => shape(`/${k}`, `Unknown form setting "${k}".`));
  const { schema, uiSchema } = input;
  if (!isPlainObject(schema)) return fail([...problems, shape('/schema', 'schema must be a JSON Schema object.')]);
  if (uiSchema !== undefined && !isPlainObject(uiSchema))
    problems.push(shape('/uiSchema', 'uiSchema must be an object.'));
  problems.push(...checkRoot(schema), ...checkSchemaKeywords(schema, '/schema'));
  if (problems.length) return fail(problems);

  const ajv = createFormAjv();
  if (!ajv.validateSchema(schema)) {
    return fail(
      (ajv.errors ?? []).map((e: ErrorObject) => ({
        pointer: `/schema${e.instancePath}`,
        code: 'FORM_SCHEMA_META' as const,
        message: `${e.message ?? 'invalid'}`,
      })),
    );
  }
  problems.push(...checkDataObjects(schema, '/schema'));
  if (problems.length === 0) {
    try {
      ajv.compile(schema);
    } catch (err) {
      problems.push(strictProblem(err as Error));
    }
  }
  const fields = listFields(schema);
  problems.push(...checkLabels(input.labels, fields), ...checkSteps(input.steps, fields));
  if (problems.length) return fail(problems);
  return { ok: true, document: input as unknown as FormDocument, id: schema.$id as string };
}

function checkRoot(schema: JsonSchema): FormProblem[] {
  const problems: FormProblem[] = [];
  if (schema.$schema !== undefined && schema.$schema !== SCHEMA_DIALECT) {
    problems.push({
      pointer: '/schema/$schema',
      code: 'FORM_SCHEMA_META',
      message: `Forms use JSON Schema 2020-12 ("${SCHEMA_DIALECT}").`,
    });
  }
  if (typeof schema.$id !== 'string' || !FORM_ID_PATTERN.test(schema.$id)) {
    problems.push({
      pointer: '/schema/$id',
      code: 'FORM_SCHEMA_ID',
      message:
        'The schema needs an "$id" of the form "<owner>/<form-name>" in lower-case kebab-case, e.g. "core/incident-report".',
    });
  }
  if (schema.type !== 'object') {
    problems.push({
      pointer: '/schema/type',
      code: 'FORM_SCHEMA_ROOT',
      message: 'The root of a form schema is "type": "object".',
    });
  }
  return problems;
}

/** ajv's strict-mode errors name the place as `at "#/…"` or `at path "#/…"`; keep it as the pointer. */
function strictProblem(err: Error): FormProblem {
  const at = /at (?:path )?"[^"#]*#([^"]*)"/.exec(err.message)?.[1] ?? '';
  return { pointer: `/schema${decodeURIComponent(at)}`, code: 'FORM_SCHEMA_STRICT', message: err.message };
}

function shape(pointer: string, message: string): FormProblem {
  return { pointer, code: 'FORM_DOCUMENT_SHAPE', message };
}
