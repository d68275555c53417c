/**
 * Immutable edits of the designer model. A field is addressed by its key path: `['table1']`
 * for a top-level field, `['table1', 'text1']` for a column of that table.
 */
import { newField, type DesignerField, type DesignerForm, type FieldKind } from './designer-model';

export type FieldPath = string[];

function mapFields(
  fields: DesignerField[],
  path: FieldPath,
  fn: (siblings: DesignerField[], index: number) => DesignerField[],
): DesignerField[] {
  const [head, ...rest] = path;
  const index = fields.findIndex((f) => f.key === head);
  if (index < 0) return fields;
  if (rest.length === 0) return fn(fields, index);
  const parent = fields[index]!;
  const copy = [...fields];
  copy[index] = { ...parent, children: mapFields(parent.children ?? [], rest, fn) };
  return copy;
}

export function findField(form: DesignerForm, path: FieldPath): DesignerField | undefined {
  let list = form.fields;
  let found: DesignerField | undefined;
  for (const key of path) {
    found = list.find((f) => f.key === key);
    if (!found) return undefined;
    list = found.children ?? [];
  }
  return found;
}

export function updateField(form: DesignerForm, path: FieldPath, patch: Partial<DesignerField>): DesignerForm {
  const fields = mapFields(form.fields, path, (siblings, i) =>
    siblings.map((f, j) => (j === i ? { ...f, ...patch } : f)),
  );
  // A renamed key moves its step states and the conditions that name it.
  const renamed =
    patch.key !== undefined && patch.key !== path.at(-1)
      ? { from: path.join('/'), to: [...path.slice(0, -1), patch.key].join('/') }
      : undefined;
  if (!renamed || path.length !== 1) return { ...form, fields };
  return {
    ...form,
    fields: fields.map((f) =>
      f.visibleWhen?.field === renamed.from ? { ...f, visibleWhen: { ...f.visibleWhen, field: renamed.to } } : f,
    ),
    steps: Object.fromEntries(
      Object.entries(form.steps).map(([id, s]) => [
        id,
        {
          ...s,
          fields: Object.fromEntries(
            Object.entries(s.fields).map(([p, v]) => [p === `/${renamed.from}` ? `/${renamed.to}` : p, v]),
          ),
        },
      ]),
    ),
  };
}

export function removeField(form: DesignerForm, path: FieldPath): DesignerForm {
  const fields = mapFields(form.fields, path, (siblings, i) => siblings.filter((_, j) => j !== i));
  const gone = `/${path.join('/')}`;
  return {
    ...form,
    fields:
      path.length === 1
        ? fields.map((f) => (f.visibleWhen?.field === path[0] ? { ...f, visibleWhen: undefined } : f))
        : fields,
    steps: Object.fromEntries(
      Object.entries(form.steps).map(([id, s]) => [
        id,
        {
          ...s,
          fields: Object.fromEntries(Object.entries(s.fields).filter(([p]) => p !== gone && !p.startsWith(`${gone}/`))),
        },
      ]),
    ),
  };
}

export function moveField(form: DesignerForm, path: FieldPath, delta: -1 | 1): DesignerForm {
  return {
    ...form,
    fields: mapFields(form.fields, path, (siblings, i) => {
      const j = i + delta;
      if (j < 0 || j >= siblings.length) return siblings;
      const copy = [...siblings];
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      return copy;
    }),
  };
}

/** Adds a field at the end of the form, or of a table or section when `parent` names one. */
export function addField(
  form: DesignerForm,
  kind: FieldKind,
  parent?: FieldPath,
): { form: DesignerForm; path: FieldPath } {
  if (!parent) {
    const field = newField(kind, form.fields);
    return { form: { ...form, fields: [...form.fields, field] }, path: [field.key] };
  }
  const container = findField(form, parent);
  const field = newField(kind, container?.children ?? []);
  const fields = mapFields(form.fields, parent, (siblings, i) =>
    siblings.map((f, j) => (j === i ? { ...f, children: [...(f.children ?? []), field] } : f)),
  );
  return { form: { ...form, fields }, path: [...parent, field.key] };
}
