/**
 * Which fields an object schema declares. A field is declared by the object's own
 * `properties`, by `allOf` members and local `$ref`s, or inside a conditional branch
 * (`then`/`else` of an `if`, a `dependentSchemas` entry): the rjsf convention, where a branch's
 * fields show only while its condition holds.
 */
import type { JsonSchema } from './form-model.js';
import { getAt, isPlainObject, joinPointer } from './json-pointer.js';

/** Decides which conditional branches count. The static default takes every branch. */
export interface BranchChooser {
  /** For the `if` at `ifPointer` (a pointer into the root schema): whether it holds. */
  ifHolds(ifPointer: string): boolean | 'both';
  /** For `dependentSchemas[name]`: whether the trigger field is present. */
  dependentActive(name: string): boolean;
}

export const allBranches: BranchChooser = { ifHolds: () => 'both', dependentActive: () => true };

export interface FieldDeclaration {
  name: string;
  schema: JsonSchema;
  /** Pointer of the declaring property schema inside the root schema. */
  pointer: string;
  /** True when declared only inside a conditional branch. */
  conditional: boolean;
}

/** Follows a local `$ref` (`#/...`) chain; undefined when it does not resolve to an object schema. */
export function resolveLocalRef(root: JsonSchema, ref: string): { schema: JsonSchema; pointer: string } | undefined {
  if (ref !== '#' && !ref.startsWith('#/')) return undefined;
  const pointer = decodeURIComponent(ref.slice(1));
  const target = getAt(root, pointer);
  return isPlainObject(target) ? { schema: target, pointer } : undefined;
}

/** Every field the object schema at `pointer` declares under `chooser`, in declaration order. */
export function declaredFields(
  root: JsonSchema,
  schema: JsonSchema,
  pointer: string,
  chooser: BranchChooser = allBranches,
): FieldDeclaration[] {
  const out: FieldDeclaration[] = [];
  const seenRefs = new Set<string>();
  const visit = (node: JsonSchema, at: string, conditional: boolean, budget: number): void => {
    if (budget <= 0) return;
    const properties = node.properties;
    if (isPlainObject(properties)) {
      for (const [name, child] of Object.entries(properties)) {
        if (isPlainObject(child))
          out.push({ name, schema: child, pointer: joinPointer(at, 'properties', name), conditional });
      }
    }
    if (typeof node.$ref === 'string' && !seenRefs.has(node.$ref)) {
      seenRefs.add(node.$ref);
      const target = resolveLocalRef(root, node.$ref);
      if (target) visit(target.schema, target.pointer, conditional, budget - 1);
    }
    if (Array.isArray(node.allOf)) {
      node.allOf.forEach((member, i) => {
        if (isPlainObject(member)) visit(member, joinPointer(at, 'allOf', i), conditional, budget - 1);
      });
    }
    if (isPlainObject(node.if)) {
      const holds = chooser.ifHolds(joinPointer(at, 'if'));
      if ((holds === true || holds === 'both') && isPlainObject(node.then))
        visit(node.then, joinPointer(at, 'then'), true, budget - 1);
      if ((holds === false || holds === 'both') && isPlainObject(node.else))
        visit(node.else, joinPointer(at, 'else'), true, budget - 1);
    }
    if (isPlainObject(node.dependentSchemas)) {
      for (const [trigger, branch] of Object.entries(node.dependentSchemas)) {
        if (isPlainObject(branch) && chooser.dependentActive(trigger)) {
          visit(branch, joinPointer(at, 'dependentSchemas', trigger), true, budget - 1);
        }
      }
    }
  };
  visit(schema, pointer, false, 16);
  // A field declared both unconditionally and in a branch is unconditional.
  const always = new Set(out.filter((d) => !d.conditional).map((d) => d.name));
  return out.map((d) => (d.conditional && always.has(d.name) ? { ...d, conditional: false } : d));
}

/** The schema a field's value must match for nesting: follows a local `$ref` on the property itself. */
export function shapeOf(
  root: JsonSchema,
  declaration: { schema: JsonSchema; pointer: string },
): { schema: JsonSchema; pointer: string } {
  const ref = declaration.schema.$ref;
  if (
    typeof ref === 'string' &&
    !isPlainObject(declaration.schema.properties) &&
    !isPlainObject(declaration.schema.items)
  ) {
    return resolveLocalRef(root, ref) ?? declaration;
  }
  return declaration;
}

/** The item schema of an array field, if it has one. */
export function itemsOf(
  root: JsonSchema,
  shape: { schema: JsonSchema; pointer: string },
): { schema: JsonSchema; pointer: string } | undefined {
  const items = shape.schema.items;
  return isPlainObject(items)
    ? shapeOf(root, { schema: items, pointer: joinPointer(shape.pointer, 'items') })
    : undefined;
}
