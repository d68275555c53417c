/**
 * Publish checks on the objects that hold form data (the root, object fields and array
 * items): each is closed, and every name a rule mentions (`required`, `dependentRequired`,
 * properties inside `if`, `not`, `anyOf`, `oneOf`) is a field the object declares.
 */
import { checkClosedObject } from './check-schema.js';
import { declaredFields, itemsOf, shapeOf } from './field-declarations.js';
import { listFields } from './field-paths.js';
import type { FormProblem, JsonSchema } from './form-model.js';
import { isPlainObject, joinPointer } from './json-pointer.js';

/** Problems of the data objects of `root`; pointers are prefixed with `base`. */
export function checkDataObjects(root: JsonSchema, base: string): FormProblem[] {
  const objects = new Map<string, JsonSchema>([['', root]]);
  for (const field of listFields(root)) {
    const shape = shapeOf(root, field);
    if (isObjectSchema(shape.schema)) objects.set(shape.pointer, shape.schema);
    const items = itemsOf(root, shape);
    if (items && isObjectSchema(items.schema)) objects.set(items.pointer, items.schema);
  }
  const problems: FormProblem[] = [];
  for (const [pointer, schema] of objects) {
    problems.push(...checkClosedObject(root, schema, pointer, base));
    const declared = new Set(declaredFields(root, schema, pointer).map((d) => d.name));
    visitRules(schema, pointer, (name, at) => {
      if (!declared.has(name)) {
        problems.push({
          pointer: base + at,
          code: 'FORM_SCHEMA_UNDECLARED_FIELD',
          message: `"${name}" is not a field of this object; declare it in "properties" (or in a conditional branch).`,
        });
      }
    });
  }
  return problems;
}

function isObjectSchema(schema: JsonSchema): boolean {
  return schema.type === 'object' || isPlainObject(schema.properties);
}

/**
 * Calls `check` for every field name the rules of one object mention, in the object's own
 * schema and its same-instance subschemas. Properties of `if`, `not`, `anyOf` and `oneOf`
 * constrain fields but never declare them.
 */
function visitRules(
  schema: JsonSchema,
  pointer: string,
  check: (name: string, pointer: string) => void,
  depth = 0,
): void {
  if (depth > 16) return;
  if (Array.isArray(schema.required)) {
    schema.required.forEach((name, i) => typeof name === 'string' && check(name, joinPointer(pointer, 'required', i)));
  }
  if (isPlainObject(schema.dependentRequired)) {
    for (const [trigger, names] of Object.entries(schema.dependentRequired)) {
      check(trigger, joinPointer(pointer, 'dependentRequired', trigger));
      if (Array.isArray(names)) {
        names.forEach(
          (name, i) => typeof name === 'string' && check(name, joinPointer(pointer, 'dependentRequired', trigger, i)),
        );
      }
    }
  }
  if (isPlainObject(schema.dependentSchemas)) {
    for (const trigger of Object.keys(schema.dependentSchemas))
      check(trigger, joinPointer(pointer, 'dependentSchemas', trigger));
  }
  const constraining = (child: unknown, at: string) => {
    if (!isPlainObject(child)) return;
    if (isPlainObject(child.properties)) {
      for (const name of Object.keys(child.properties)) check(name, joinPointer(at, 'properties', name));
    }
    visitRules(child, at, check, depth + 1);
  };
  const declaring = (child: unknown, at: string) => isPlainObject(child) && visitRules(child, at, check, depth + 1);
  constraining(schema.if, joinPointer(pointer, 'if'));
  constraining(schema.not, joinPointer(pointer, 'not'));
  declaring(schema.then, joinPointer(pointer, 'then'));
  declaring(schema.else, joinPointer(pointer, 'else'));
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const list = schema[keyword];
    if (Array.isArray(list)) list.forEach((member, i) => constraining(member, joinPointer(pointer, keyword, i)));
  }
  if (Array.isArray(schema.allOf))
    schema.allOf.forEach((member, i) => declaring(member, joinPointer(pointer, 'allOf', i)));
  if (isPlainObject(schema.dependentSchemas)) {
    for (const [trigger, branch] of Object.entries(schema.dependentSchemas))
      declaring(branch, joinPointer(pointer, 'dependentSchemas', trigger));
  }
}
