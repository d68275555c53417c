/** The form a designer page opens: the latest published version of `<owner>/<name>`, or a new one. */
import { api } from '../api/client';
import type { FormVersionInfo, StoredFormVersion } from '../api/types';
import { useApi } from '../shared/use-api';

export function useFormSource(owner: string | undefined, name: string | undefined) {
  return useApi<StoredFormVersion | undefined>(
    async (signal) => {
      if (!owner || !name) return undefined;
      const base = `/api/forms/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
      const versions = await api.get<FormVersionInfo[]>(`${base}/versions`, { signal });
      const latest = Math.max(...versions.map((v) => v.version));
      return api.get<StoredFormVersion>(`${base}/versions/${latest}`, { signal });
    },
    [owner, name],
  );
}
