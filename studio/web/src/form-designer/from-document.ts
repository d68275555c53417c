/**
 * Form document → designer model, for the shapes the designer writes (and hand-written forms
 * that keep to them). Anything else raises Unsupported with a JSON pointer; the designer then
 * offers the JSON editor only, so nothing in the document is silently lost.
 */
import { FORM_LOCALES, type FormDocument, type JsonSchema } from '../../../../engine/forms/index';
import type { DesignerField, DesignerForm, Localized, StepStates } from './designer-model';
import { roundTripLoss } from './round-trip';

export class Unsupported extends Error {
  constructor(
    readonly pointer: string,
    detail: string,
  ) {
    super(`${pointer || '/'}: ${detail}`);
  }
}

type Ui = Record<string, unknown>;
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

function localized(
  doc: FormDocument,
  path: string,
  pick: (l: { label: string; help?: string }) => string | undefined,
): Localized {
  return Object.fromEntries(
    FORM_LOCALES.map((l) => [l, pick(doc.labels?.[l]?.fields?.[path] ?? { label: '' }) ?? '']),
  ) as Localized;
}

function readField(
  doc: FormDocument,
  key: string,
  s: JsonSchema,
  ui: Ui,
  path: string,
  required: boolean,
  at: string,
  nested: boolean,
): DesignerField {
  const base = { key, required, labels: localized(doc, path, (l) => l.label) };
  const help = localized(doc, path, (l) => l.help);
  const withHelp = help.en || help['zh-CN'] ? { ...base, help } : base;
  const noNesting = () => {
    if (nested)
      throw new Unsupported(at, 'tables and sections hold text, number, date, choice and checkbox fields only');
  };
  if (s.type === 'string' && s.format === 'attachment-id') {
    noNesting();
    if (ui['ui:widget'] === 'signature') return { ...withHelp, kind: 'signature' };
    return { ...withHelp, kind: 'attachment', imagesOnly: s.contentMediaType === 'image/*' };
  }
  if (s.type === 'string' && (s.format === 'date' || s.format === 'date-time'))
    return { ...withHelp, kind: 'date', withTime: s.format === 'date-time' };
  if (s.type === 'string' && Array.isArray(s.enum)) {
    const options = s.enum.map((value) => ({
      value: String(value),
      labels: Object.fromEntries(
        FORM_LOCALES.map((l) => [l, doc.labels?.[l]?.fields?.[path]?.options?.[String(value)] ?? String(value)]),
      ) as Localized,
    }));
    return { ...withHelp, kind: 'select', options };
  }
  if (s.type === 'string' && s.format === undefined) {
    return {
      ...withHelp,
      kind: 'text',
      multiline: ui['ui:widget'] === 'textarea',
      minLength: num(s.minLength),
      maxLength: num(s.maxLength),
    };
  }
  if (s.type === 'number' || s.type === 'integer')
    return {
      ...withHelp,
      kind: 'number',
      integer: s.type === 'integer',
      minimum: num(s.minimum),
      maximum: num(s.maximum),
    };
  if (s.type === 'boolean') return { ...withHelp, kind: 'checkbox' };
  if (s.type === 'array') {
    noNesting();
    const items = obj(s.items) as JsonSchema;
    if (items.type === 'string' && items.format === 'attachment-id') {
      return {
        ...withHelp,
        kind: 'attachment',
        multiple: true,
        imagesOnly: items.contentMediaType === 'image/*',
        maxItems: num(s.maxItems),
      };
    }
    if (items.type === 'object')
      return {
        ...withHelp,
        kind: 'table',
        maxItems: num(s.maxItems),
        children: readObject(doc, items, obj(ui.items), `${path}/*`, `${at}/items`),
      };
  }
  if (s.type === 'object') {
    noNesting();
    return { ...withHelp, kind: 'section', children: readObject(doc, s, ui, path, at) };
  }
  throw new Unsupported(at, 'this kind of field has no place in the designer');
}

function readObject(doc: FormDocument, s: JsonSchema, ui: Ui, prefix: string, at: string): DesignerField[] {
  if (s.allOf || s.if || s.oneOf || s.anyOf || s.$ref)
    throw new Unsupported(at, 'conditions inside tables and sections');
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  return Object.entries(obj(s.properties)).map(([key, child]) =>
    readField(
      doc,
      key,
      child as JsonSchema,
      obj(ui[key]),
      `${prefix}/${key}`,
      required.has(key),
      `${at}/properties/${key}`,
      true,
    ),
  );
}

export function fromFormDocument(doc: FormDocument): DesignerForm {
  const form = readDocument(doc);
  const loss = roundTripLoss(doc, form);
  if (loss) throw new Unsupported(loss, 'the designer would change this part; keep editing it as JSON');
  return form;
}

function readDocument(doc: FormDocument): DesignerForm {
  const s = doc.schema;
  const ui = obj(doc.uiSchema);
  const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
  const read = (key: string, child: unknown, req: boolean, at: string) =>
    readField(doc, key, child as JsonSchema, obj(ui[key]), `/${key}`, req, at, false);
  const fields: DesignerField[] = Object.entries(obj(s.properties)).map(([k, c]) =>
    read(k, c, required.has(k), `/schema/properties/${k}`),
  );
  (Array.isArray(s.allOf) ? s.allOf : []).forEach((entry, i) => {
    const cond = obj(obj(entry).if);
    const [field, test] = Object.entries(obj(cond.properties))[0] ?? [];
    const then = obj(obj(entry).then);
    if (!field || !('const' in obj(test)) || Object.keys(obj(entry)).some((k) => k !== 'if' && k !== 'then'))
      throw new Unsupported(`/schema/allOf/${i}`, 'only "show when a field equals a value" conditions');
    const req = new Set(Array.isArray(then.required) ? (then.required as string[]) : []);
    for (const [k, c] of Object.entries(obj(then.properties)))
      fields.push({
        ...read(k, c, req.has(k), `/schema/allOf/${i}/then/properties/${k}`),
        visibleWhen: { field, equals: obj(test).const as string | boolean },
      });
  });
  const order = Array.isArray(ui['ui:order']) ? (ui['ui:order'] as string[]) : [];
  fields.sort((a, b) => rank(order, a.key) - rank(order, b.key));
  const steps = Object.fromEntries(
    Object.entries(doc.steps ?? {}).map(([id, st]) => [
      id,
      { default: st.default ?? 'write', fields: { ...(st.fields ?? {}) } } satisfies StepStates,
    ]),
  );
  const text = (pick: (l: FormLocale) => string | undefined) =>
    Object.fromEntries(FORM_LOCALES.map((l) => [l, pick(l) ?? ''])) as Localized;
  return {
    id: typeof s.$id === 'string' ? s.$id : '',
    title: text((l) => doc.labels?.[l]?.title),
    description: text((l) => doc.labels?.[l]?.description),
    fields,
    steps,
  };
}

type FormLocale = (typeof FORM_LOCALES)[number];
const rank = (order: string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
