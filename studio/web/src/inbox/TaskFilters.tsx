/** Inbox filters: process, business key, SLA state and sort order (all kept in the URL). */
import { Input, Select, Space } from 'antd';
import { api } from '../api/client';
import type { DefinitionSummary } from '../api/types';
import { setSearch } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { useApi } from '../shared/use-api';
import type { InboxFilters } from './inbox-query';

export function TaskFilters({ filters }: { filters: InboxFilters }) {
  const { t } = useI18n();
  const processes = useApi((signal) => api.get<DefinitionSummary[]>('/api/processes', { signal }), []);
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="inbox-filters">
      <Select
        allowClear
        style={{ minWidth: 180 }}
        placeholder={t('inbox.filterProcess')}
        value={filters.processKey}
        onChange={(v?: string) => setSearch({ processKey: v, page: undefined })}
        options={(processes.data ?? []).map((p) => ({ value: p.key, label: p.name ?? p.key }))}
      />
      <Input.Search
        allowClear
        style={{ width: 200 }}
        placeholder={t('inbox.filterBusinessKey')}
        defaultValue={filters.businessKey}
        onSearch={(v) => setSearch({ businessKey: v.trim() || undefined, page: undefined })}
      />
      <Select
        allowClear
        style={{ minWidth: 140 }}
        placeholder={t('inbox.filterSla')}
        value={filters.sla}
        onChange={(v?: string) => setSearch({ sla: v, page: undefined })}
        options={(['overdue', 'dueSoon', 'onTime'] as const).map((s) => ({ value: s, label: t(`sla.${s}`) }))}
      />
      <Select
        style={{ minWidth: 180 }}
        value={`${filters.sort}:${filters.order}`}
        onChange={(v: string) => {
          const [sort, order] = v.split(':');
          setSearch({ sort, order });
        }}
        options={[
          { value: 'dueAt:asc', label: t('inbox.sortDueFirst') },
          { value: 'createdAt:desc', label: t('inbox.sortNewest') },
          { value: 'createdAt:asc', label: t('inbox.sortOldest') },
          { value: 'priority:desc', label: t('inbox.sortPriority') },
        ]}
      />
    </Space>
  );
}
