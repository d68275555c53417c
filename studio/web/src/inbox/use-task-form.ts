/**
 * The form of a task as its step may see it, in the user's language: the server's view of
 * the pinned form version (hidden fields removed, read-only fields marked).
 */
import { api } from '../api/client';
import type { FormVersionInfo, TaskDetail, TaskFormView } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { useApi } from '../shared/use-api';

export function useTaskForm(task: TaskDetail | undefined) {
  const { locale } = useI18n();
  return useApi<TaskFormView | null>(
    async (signal) => {
      if (!task?.formId) return null;
      const base = `/api/forms/${encodeURIComponent(task.formId)}`;
      let version = task.formVersion ?? (task.form as TaskFormView | null)?.version;
      if (!version) {
        // Pinned to "latest when the task opened" without a number: the newest version.
        const versions = await api.get<FormVersionInfo[]>(`${base}/versions`, { signal });
        version = Math.max(...versions.map((v) => v.version));
      }
      const view = await api.get<TaskFormView>(`${base}/versions/${version}/view`, {
        query: { step: task.nodeId, locale },
        signal,
      });
      return { ...view, id: task.formId, version };
    },
    [task?.id, task?.formId, task?.formVersion, locale],
  );
}

/** What the form starts with: the server's prefill (earlier answers the step may read) and saved data. */
export function initialData(task: TaskDetail, view: TaskFormView | null): Record<string, unknown> {
  const fields = new Set(Object.keys((view?.schema.properties as Record<string, unknown> | undefined) ?? {}));
  const fromServer = (task.form as TaskFormView | null)?.data ?? {};
  const input = Object.fromEntries(Object.entries(task.input).filter(([k]) => fields.has(k)));
  return { ...input, ...fromServer, ...(task.data ?? {}) };
}
