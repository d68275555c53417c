/**
 * Conditional sections: a field declared only in a `then`/`else` or `dependentSchemas` branch
 * exists only while that branch applies. Values of fields whose branch is off are dropped
 * before validation, so they are never required, never validated and never stored.
 */
import type { CompiledForm } from './compile-form.js';
import { declaredFields, itemsOf, shapeOf, type FieldDeclaration } from './field-declarations.js';
import type { JsonSchema } from './form-model.js';
import { isPlainObject, joinPointer } from './json-pointer.js';

const MAX_PASSES = 4;

/**
 * Returns a copy of `data` without the values of conditional fields that are off, and their
 * pointers. Repeats until stable, because dropping a field can switch another condition.
 */
export function pruneConditionalFields(
  form: CompiledForm,
  data: Record<string, unknown>,
): { data: Record<string, unknown>; removed: string[] } {
  const removed: string[] = [];
  let current = data;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const before = removed.length;
    current = pruneObject(form, form.document.schema, '', current, '', removed);
    if (removed.length === before) break;
  }
  return { data: current, removed };
}

function pruneObject(
  form: CompiledForm,
  schema: JsonSchema,
  schemaPointer: string,
  value: Record<string, unknown>,
  dataPointer: string,
  removed: string[],
): Record<string, unknown> {
  const root = form.document.schema;
  const active = byName(
    declaredFields(root, schema, schemaPointer, {
      ifHolds: (ifPointer) => form.ifHolds(ifPointer, value),
      dependentActive: (name) => Object.prototype.hasOwnProperty.call(value, name),
    }),
  );
  const all = byName(declaredFields(root, schema, schemaPointer));
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const at = joinPointer(dataPointer, key);
    const decl = active.get(key);
    if (decl) out[key] = pruneValue(form, decl, child, at, removed);
    else if (all.has(key)) removed.push(at);
    else out[key] = child; // not a field at all: validation reports it
  }
  return out;
}

function pruneValue(
  form: CompiledForm,
  decl: FieldDeclaration,
  value: unknown,
  at: string,
  removed: string[],
): unknown {
  const root = form.document.schema;
  const shape = shapeOf(root, decl);
  if (isPlainObject(value)) return pruneObject(form, shape.schema, shape.pointer, value, at, removed);
  const items = itemsOf(root, shape);
  if (Array.isArray(value) && items) {
    return value.map((item, i) =>
      isPlainObject(item) ? pruneObject(form, items.schema, items.pointer, item, joinPointer(at, i), removed) : item,
    );
  }
  return value;
}

/** Declarations by field name; an unconditional declaration wins over a branch's. */
function byName(declarations: FieldDeclaration[]): Map<string, FieldDeclaration> {
  const map = new Map<string, FieldDeclaration>();
  for (const d of declarations) {
    const existing = map.get(d.name);
    if (!existing || (existing.conditional && !d.conditional)) map.set(d.name, d);
  }
  return map;
}
