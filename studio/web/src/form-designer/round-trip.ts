/**
 * Whether the designer can hold a form document without changing it: the document it would
 * write back must have the same schema and uiSchema (key order and empty lists aside).
 * Anything it would lose (a pattern, a widget, a keyword) keeps the form in the JSON editor.
 */
import type { FormDocument } from '../../../../engine/forms/index';
import type { DesignerForm } from './designer-model';
import { toFormDocument } from './to-document';

function canonical(value: unknown, dropOrder: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v, dropOrder));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (dropOrder && key === 'ui:order') continue;
    if (Array.isArray(v) && v.length === 0 && key === 'required') continue;
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0 && dropOrder) continue;
    out[key] = canonical(v, dropOrder);
  }
  return out;
}

/** A JSON pointer-ish description of the first difference, or undefined when the designer keeps the document as it is. */
export function roundTripLoss(doc: FormDocument, form: DesignerForm): string | undefined {
  const back = toFormDocument(form);
  const same = (a: unknown, b: unknown, dropOrder: boolean) =>
    JSON.stringify(canonical(a, dropOrder)) === JSON.stringify(canonical(b, dropOrder));
  if (!same(doc.schema, back.schema, false)) return firstDifference(doc.schema, back.schema, '/schema');
  if (!same(doc.uiSchema ?? {}, back.uiSchema ?? {}, true))
    return firstDifference(doc.uiSchema ?? {}, back.uiSchema ?? {}, '/uiSchema');
  return undefined;
}

function firstDifference(a: unknown, b: unknown, at: string): string {
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = (a as Record<string, unknown>)[key];
      const y = (b as Record<string, unknown>)[key];
      if (JSON.stringify(canonical(x, true)) !== JSON.stringify(canonical(y, true)))
        return firstDifference(x, y, `${at}/${key}`);
    }
  }
  return at;
}
