/**
 * Tells the person that an action failed (a toast in their language, with the server's
 * message) and, when it is not their doing (5xx, network, a bug), logs it with context.
 */
import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/api-error';
import { useI18n } from '../i18n/i18n-context';
import { errorText } from './error-text';

export function useReportError(): (err: unknown, context: string) => void {
  const { t } = useI18n();
  const { message } = App.useApp();
  return useCallback(
    (err: unknown, context: string) => {
      const text = errorText(t, err);
      message.error(text.detail ? `${text.title}: ${text.detail}` : text.title);
      const expected = err instanceof ApiError && err.status >= 400 && err.status < 500;
      if (!expected) console.error(`${context} failed`, err);
    },
    [t, message],
  );
}
