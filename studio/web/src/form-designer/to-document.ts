/**
 * Designer model → form document: JSON Schema 2020-12 (closed objects, explicit `required`,
 * conditional fields in `allOf` if/then), rjsf uiSchema, labels in both languages and steps.
 */
import {
  FORM_LOCALES,
  type FieldLabel,
  type FormDocument,
  type FormLocale,
  type JsonSchema,
} from '../../../../engine/forms/index';
import type { DesignerField, DesignerForm } from './designer-model';

type Ui = Record<string, unknown>;

export function fieldSchema(f: DesignerField): JsonSchema {
  switch (f.kind) {
    case 'text':
      return {
        type: 'string',
        ...(f.minLength !== undefined && { minLength: f.minLength }),
        ...(f.maxLength !== undefined && { maxLength: f.maxLength }),
      };
    case 'number':
      return {
        type: f.integer ? 'integer' : 'number',
        ...(f.minimum !== undefined && { minimum: f.minimum }),
        ...(f.maximum !== undefined && { maximum: f.maximum }),
      };
    case 'date':
      return { type: 'string', format: f.withTime ? 'date-time' : 'date' };
    case 'select':
      return { type: 'string', enum: (f.options ?? []).map((o) => o.value) };
    case 'checkbox':
      return { type: 'boolean' };
    case 'attachment': {
      const one = { type: 'string', format: 'attachment-id', ...(f.imagesOnly && { contentMediaType: 'image/*' }) };
      return f.multiple
        ? { type: 'array', items: one, uniqueItems: true, ...(f.maxItems !== undefined && { maxItems: f.maxItems }) }
        : one;
    }
    case 'signature':
      return { type: 'string', format: 'attachment-id', contentMediaType: 'image/png' };
    case 'table':
      return {
        type: 'array',
        items: objectSchema(f.children ?? []),
        ...(f.maxItems !== undefined && { maxItems: f.maxItems }),
      };
    case 'section':
      return objectSchema(f.children ?? []);
  }
}

function objectSchema(fields: DesignerField[]): JsonSchema {
  const required = fields.filter((f) => f.required).map((f) => f.key);
  return {
    type: 'object',
    properties: Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f)])),
    required,
    additionalProperties: false,
  };
}

function fieldUi(f: DesignerField): Ui {
  const ui: Ui = {};
  if (f.kind === 'text' && f.multiline) ui['ui:widget'] = 'textarea';
  if (f.kind === 'signature') ui['ui:widget'] = 'signature';
  if (f.kind === 'attachment') {
    if (f.multiple) ui.items = { 'ui:widget': 'attachment' };
    else ui['ui:widget'] = 'attachment';
  }
  if (f.kind === 'table') ui.items = Object.fromEntries((f.children ?? []).map((c) => [c.key, fieldUi(c)]));
  if (f.kind === 'section')
    Object.assign(ui, Object.fromEntries((f.children ?? []).map((c) => [c.key, fieldUi(c)])), {
      'ui:order': (f.children ?? []).map((c) => c.key),
    });
  return ui;
}

function labelsOf(fields: DesignerField[], locale: FormLocale, prefix = ''): Record<string, FieldLabel> {
  const out: Record<string, FieldLabel> = {};
  for (const f of fields) {
    const path = `${prefix}/${f.key}`;
    const help = f.help?.[locale]?.trim();
    const options = f.options && Object.fromEntries(f.options.map((o) => [o.value, o.labels[locale]]));
    out[path] = { label: f.labels[locale], ...(help && { help }), ...(options && { options }) };
    if (f.children) Object.assign(out, labelsOf(f.children, locale, f.kind === 'table' ? `${path}/*` : path));
  }
  return out;
}

export function toFormDocument(form: DesignerForm): FormDocument {
  const plain = form.fields.filter((f) => !f.visibleWhen);
  const conditional = form.fields.filter((f) => f.visibleWhen);
  const schema: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: form.id,
    type: 'object',
    properties: Object.fromEntries(plain.map((f) => [f.key, fieldSchema(f)])),
    required: plain.filter((f) => f.required).map((f) => f.key),
  };
  // One if/then per condition; the fields it shows exist only while it holds.
  const groups = new Map<string, DesignerField[]>();
  for (const f of conditional) {
    const k = JSON.stringify([f.visibleWhen!.field, f.visibleWhen!.equals]);
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  if (groups.size) {
    schema.allOf = [...groups].map(([k, fields]) => {
      const [field, equals] = JSON.parse(k) as [string, string | boolean];
      return {
        if: { properties: { [field]: { const: equals } }, required: [field] },
        then: {
          properties: Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f)])),
          required: fields.filter((f) => f.required).map((f) => f.key),
        },
      };
    });
    schema.unevaluatedProperties = false;
  } else {
    schema.additionalProperties = false;
  }
  const uiSchema: Ui = { 'ui:order': [...form.fields.map((f) => f.key), '*'] };
  for (const f of form.fields) {
    const ui = fieldUi(f);
    if (Object.keys(ui).length) uiSchema[f.key] = ui;
  }
  const labels = Object.fromEntries(
    FORM_LOCALES.map((l) => [
      l,
      {
        title: form.title[l],
        ...(form.description[l].trim() && { description: form.description[l] }),
        fields: labelsOf(form.fields, l),
      },
    ]),
  ) as FormDocument['labels'];
  const steps = Object.fromEntries(
    Object.entries(form.steps).map(([id, s]) => [id, { default: s.default, fields: s.fields }]),
  );
  return { schema, uiSchema, labels, ...(Object.keys(steps).length && { steps }) };
}
