/**
 * Field paths of a form: `/location`, `/injury/kind`, `/witnesses/*\/name`. Labels and step
 * field states refer to fields by these paths; they are found by walking declared fields
 * (conditional ones included) through nested objects and array items.
 */
import { declaredFields, itemsOf, shapeOf } from './field-declarations.js';
import type { JsonSchema } from './form-model.js';
import { joinPointer, splitPointer } from './json-pointer.js';

export interface FormField {
  /** Field path: a JSON pointer over the data with `*` for array items. */
  path: string;
  /** The declaring property schema (the first declaration when there are several). */
  schema: JsonSchema;
  /** Its pointer inside the root schema. */
  pointer: string;
  /** Declared only inside a conditional branch (or below such a field). */
  conditional: boolean;
}

const MAX_FIELD_DEPTH = 12;

/** Every field of the form, parents before children. Recursive `$ref`s stop after one level. */
export function listFields(root: JsonSchema): FormField[] {
  const out: FormField[] = [];
  const visitObject = (schema: JsonSchema, pointer: string, path: string, conditional: boolean, refs: string[]) => {
    if (refs.length > MAX_FIELD_DEPTH) return;
    const seen = new Set<string>();
    for (const decl of declaredFields(root, schema, pointer)) {
      if (seen.has(decl.name)) continue;
      seen.add(decl.name);
      const fieldPath = joinPointer(path, decl.name);
      out.push({
        path: fieldPath,
        schema: decl.schema,
        pointer: decl.pointer,
        conditional: conditional || decl.conditional,
      });
      visitValue(decl, fieldPath, conditional || decl.conditional, refs);
    }
  };
  const visitValue = (
    decl: { schema: JsonSchema; pointer: string },
    path: string,
    conditional: boolean,
    refs: string[],
  ): void => {
    const shape = shapeOf(root, decl);
    if (refs.includes(shape.pointer)) return;
    const nextRefs = [...refs, shape.pointer];
    visitObject(shape.schema, shape.pointer, path, conditional, nextRefs);
    const items = itemsOf(root, shape);
    if (items && !refs.includes(items.pointer)) {
      visitObject(items.schema, items.pointer, joinPointer(path, '*'), conditional, [...nextRefs, items.pointer]);
    }
  };
  visitObject(root, '', '', false, []);
  return out;
}

/** The field at a path, or undefined when the form has no such field. */
export function findField(root: JsonSchema, path: string, fields = listFields(root)): FormField | undefined {
  return fields.find((f) => f.path === path);
}

/** Whether a field path goes through array items (`*`). */
export function isItemPath(path: string): boolean {
  return splitPointer(path).includes('*');
}
