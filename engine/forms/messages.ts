/**
 * Turns an error code and its parameters into a message in the user's language, naming the
 * field by its label in that language (falling back to the schema title, then the key).
 */
import type { FormDocument, FormLocale, SubmissionError } from './form-model.js';
import { FORM_LOCALES } from './form-model.js';
import { fieldPathOf, getAt, splitPointer } from './json-pointer.js';
import { formWord, messageCatalogs, type MessageParams } from './message-catalog.js';

/** Picks a form language from an Accept-Language header or a locale tag; English otherwise. */
export function resolveLocale(tag: string | undefined): FormLocale {
  if (!tag) return 'en';
  const exact = FORM_LOCALES.find((l) => l.toLowerCase() === tag.trim().toLowerCase());
  if (exact) return exact;
  const first = tag.split(',')[0]?.split(';')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh-CN' : 'en';
}

/** The label of the field at a data pointer, in `locale`. */
export function fieldLabel(form: FormDocument, pointer: string, data: unknown, locale: FormLocale): string {
  if (pointer === '') return form.labels[locale]?.title ?? formWord[locale];
  const path = fieldPathOf(pointer, data);
  const label = form.labels[locale]?.fields?.[path]?.label;
  if (label) return label;
  const segments = splitPointer(pointer);
  const key = segments.at(-1) ?? '';
  // Array items are named after their list: "Witnesses #2".
  if (/^\d+$/.test(key) && Array.isArray(getAt(data, pointer.slice(0, pointer.lastIndexOf('/'))))) {
    const parent = fieldLabel(form, pointer.slice(0, pointer.lastIndexOf('/')), data, locale);
    return locale === 'en' ? `${parent} #${Number(key) + 1}` : `${parent}第 ${Number(key) + 1} 项`;
  }
  return key;
}

export interface ErrorInput {
  pointer: string;
  code: string;
  params?: Omit<MessageParams, 'label'> & { triggerPointer?: string };
}

/** A localized SubmissionError. Unknown codes get a generic "is not valid" message. */
export function localizeError(
  form: FormDocument,
  input: ErrorInput,
  data: unknown,
  locale: FormLocale,
): SubmissionError {
  const catalog = messageCatalogs[locale];
  const { triggerPointer, ...params } = input.params ?? {};
  const label = fieldLabel(form, input.pointer, data, locale);
  const trigger = triggerPointer === undefined ? undefined : fieldLabel(form, triggerPointer, data, locale);
  const template = catalog[input.code] ?? catalog.invalid!;
  return { pointer: input.pointer, code: input.code, message: template({ ...params, label, trigger }) };
}
