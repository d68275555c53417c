import type { Locale } from '../i18n/catalogs';

/** Text the server sends either in one language or as `{ 'zh-CN', en }`. */
export type MaybeLocalized = string | { 'zh-CN': string; en: string } | undefined;

export function inLocale(text: MaybeLocalized, locale: Locale): string | undefined {
  return typeof text === 'object' ? text[locale] || text.en : text;
}
