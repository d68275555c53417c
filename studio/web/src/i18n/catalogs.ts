/** The message catalogs. `en` defines the keys; `zh-CN` must translate every one (the compiler checks). */
import { en } from './en';
import { zhCN } from './zh-CN';

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const catalogs: Record<Locale, Catalog> = { en, 'zh-CN': zhCN };
