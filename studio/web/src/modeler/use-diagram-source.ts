/**
 * The XML a designer page opens: a version of a deployed process (the latest unless
 * `?version=` says otherwise), or a new diagram.
 */
import { api } from '../api/client';
import type { DefinitionDetail, DefinitionSummary } from '../api/types';
import { useApi } from '../shared/use-api';

export interface DiagramSource {
  xml: string;
  /** The version opened; undefined for a new diagram. */
  version?: DefinitionSummary;
  latestVersion?: number;
}

export function useDiagramSource(key: string | undefined, version: number | undefined, newXml: string | undefined) {
  return useApi<DiagramSource | undefined>(
    async (signal) => {
      if (!key) return newXml === undefined ? undefined : { xml: newXml };
      const versions = await api.get<DefinitionSummary[]>(`/api/processes/${encodeURIComponent(key)}/versions`, {
        signal,
      });
      const latest = versions[0]!;
      const wanted = version ?? latest.version;
      const detail = await api.get<DefinitionDetail>(`/api/processes/${encodeURIComponent(key)}/versions/${wanted}`, {
        signal,
      });
      return { xml: detail.bpmnXml, version: detail, latestVersion: latest.version };
    },
    [key, version, newXml],
  );
}
