/**
 * Loads what the properties panel offers (installed activities, published forms) into one
 * stable object the modeler keeps; reloading updates it in place so open panels see it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api/client';
import type { ActivityEntry, FormSummary } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import type { WfStudioContext } from './properties/studio-context';

export function useStudioContext(): {
  studio: WfStudioContext;
  ready: boolean;
  error: unknown;
  refresh(): Promise<void>;
} {
  const { t, locale } = useI18n();
  const studio = useMemo<WfStudioContext>(() => ({ activities: [], forms: [], t, locale }), [t, locale]);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<unknown>();

  const refresh = useCallback(async () => {
    try {
      const [activities, forms] = await Promise.all([
        api.get<ActivityEntry[]>('/api/activities'),
        api.get<FormSummary[]>('/api/forms'),
      ]);
      studio.activities = activities;
      studio.forms = forms;
      setError(undefined);
    } catch (err) {
      setError(err);
    } finally {
      setReady(true);
    }
  }, [studio]);

  useEffect(() => {
    void refresh();
    // A form published in another tab shows up when the designer regains focus.
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refresh]);

  return { studio, ready, error, refresh };
}
