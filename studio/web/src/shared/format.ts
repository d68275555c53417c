/** Dates and durations for display, in the user's language (dayjs locales). */
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import 'dayjs/locale/zh-cn';
import type { Locale } from '../i18n/catalogs';

dayjs.extend(relativeTime);

export const dayjsLocale = (locale: Locale) => (locale === 'zh-CN' ? 'zh-cn' : 'en');

export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return '—';
  return dayjs(value)
    .locale(dayjsLocale(locale))
    .format(locale === 'zh-CN' ? 'YYYY-MM-DD HH:mm' : 'D MMM YYYY, HH:mm');
}

export function fromNow(value: string | null | undefined, locale: Locale): string {
  if (!value) return '—';
  return dayjs(value).locale(dayjsLocale(locale)).fromNow();
}
