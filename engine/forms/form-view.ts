/**
 * What a person sees of a form at one step: the schema without the fields hidden from the
 * step and with read-only fields marked `readOnly`, the labels of one language, and the
 * values (prefill and earlier answers) without hidden fields. The server sends only this,
 * so a hidden field's value never reaches the browser.
 */
import type { CompiledForm } from './compile-form.js';
import { pruneConditionalFields } from './conditional-fields.js';
import { declaredFields, shapeOf } from './field-declarations.js';
import { findField } from './field-paths.js';
import { projectByState, StepStates } from './field-states.js';
import type { FieldState, FormLocale, FormLocaleLabels, JsonSchema } from './form-model.js';
import { getAt, isPlainObject, splitPointer } from './json-pointer.js';
import { subschemasOf } from './schema-walk.js';

export interface FormView {
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  labels: FormLocaleLabels;
  /** Values to show: prefill and earlier answers, without hidden fields. */
  data: Record<string, unknown>;
  /** Effective state of every (non-item) field that is not hidden. */
  fieldStates: Record<string, FieldState>;
}

/** Keeps only the top-level values that are fields of the form: mapping outputs may carry more. */
export function prefillValues(form: CompiledForm, input: Record<string, unknown> | undefined): Record<string, unknown> {
  const names = new Set(declaredFields(form.document.schema, form.document.schema, '').map((d) => d.name));
  return Object.fromEntries(Object.entries(input ?? {}).filter(([key]) => names.has(key)));
}

export function formViewForStep(
  form: CompiledForm,
  step: string | undefined,
  values: Record<string, unknown>,
  locale: FormLocale,
): FormView {
  const states = new StepStates(form.document, step);
  const schema = structuredClone(form.document.schema);
  const uiSchema = structuredClone(form.document.uiSchema ?? {});
  const labels = structuredClone(form.document.labels[locale]);
  const fieldStates: Record<string, FieldState> = {};
  // Children first, so removing a hidden parent does not strand its children's edits.
  for (const field of [...form.fields].reverse()) {
    if (field.path.includes('/*')) continue;
    const state = states.stateOf(field.path);
    if (state !== 'hidden') {
      fieldStates[field.path] = state;
      if (state === 'read') for (const decl of declarationsOf(form, schema, field.path)) decl.readOnly = true;
      continue;
    }
    hideField(form, schema, uiSchema, field.path);
    delete labels.fields[field.path];
  }
  // Values of conditional fields whose condition is off are not shown, as they would not be stored.
  const shown = pruneConditionalFields(form, values).data;
  return { schema, uiSchema, labels, data: projectByState(states, shown, (s) => s !== 'hidden'), fieldStates };
}

/** Every declaration (in the cloned schema) of the field at `path`. */
function declarationsOf(form: CompiledForm, schema: JsonSchema, path: string): JsonSchema[] {
  const parent = parentObject(form, schema, path);
  if (!parent) return [];
  const name = splitPointer(path).at(-1)!;
  return declaredFields(schema, parent.schema, parent.pointer)
    .filter((d) => d.name === name)
    .map((d) => d.schema);
}

function parentObject(
  form: CompiledForm,
  schema: JsonSchema,
  path: string,
): { schema: JsonSchema; pointer: string } | undefined {
  const parentPath = path.slice(0, path.lastIndexOf('/'));
  if (parentPath === '') return { schema, pointer: '' };
  const field = findField(form.document.schema, parentPath, form.fields);
  const declared = field && getAt(schema, field.pointer);
  if (!field || !isPlainObject(declared)) return undefined;
  return shapeOf(schema, { schema: declared, pointer: field.pointer });
}

function hideField(form: CompiledForm, schema: JsonSchema, uiSchema: Record<string, unknown>, path: string): void {
  const parent = parentObject(form, schema, path);
  if (!parent) return;
  const name = splitPointer(path).at(-1)!;
  const stack: JsonSchema[] = [parent.schema];
  // The parent object and its same-instance subschemas (allOf, branches…): drop the field everywhere.
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isPlainObject(node.properties)) delete node.properties[name];
    if (Array.isArray(node.required)) node.required = node.required.filter((n) => n !== name);
    if (isPlainObject(node.dependentRequired)) {
      delete node.dependentRequired[name];
      for (const [k, list] of Object.entries(node.dependentRequired)) {
        if (Array.isArray(list)) node.dependentRequired[k] = list.filter((n) => n !== name);
      }
    }
    if (isPlainObject(node.dependentSchemas)) delete node.dependentSchemas[name];
    for (const child of subschemasOf(node, '')) {
      const first = splitPointer(child.pointer)[0];
      if (first && ['allOf', 'anyOf', 'oneOf', 'then', 'else', 'dependentSchemas'].includes(first))
        stack.push(child.schema);
    }
  }
  const uiParent = getAt(uiSchema, uiPath(path.slice(0, path.lastIndexOf('/'))));
  if (isPlainObject(uiParent)) {
    delete uiParent[name];
    if (Array.isArray(uiParent['ui:order'])) uiParent['ui:order'] = uiParent['ui:order'].filter((n) => n !== name);
  }
}

/** rjsf nests the uiSchema by property name, and array items under `items`. */
function uiPath(path: string): string {
  return path.replace(/\/\*(?=\/|$)/g, '/items');
}
