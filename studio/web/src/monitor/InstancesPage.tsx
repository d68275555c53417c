/** Process instances, newest first, searchable by id or business key and filterable by process and status. */
import { Input, Select, Space, Table } from 'antd';
import { api } from '../api/client';
import type { DefinitionSummary, InstanceSummary } from '../api/types';
import { Link, setSearch, useLocation } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { useApi } from '../shared/use-api';
import { StatusTag } from './status-tag';

const PAGE = 20;
const STATUSES = ['running', 'completed', 'failed', 'terminated', 'cancelled'] as const;

export default function InstancesPage() {
  const { t, locale } = useI18n();
  const { search } = useLocation();
  const query = {
    processKey: search.get('processKey') ?? undefined,
    status: search.get('status') ?? undefined,
    search: search.get('q') ?? undefined,
    limit: PAGE,
    offset: (Number(search.get('page') ?? 1) - 1) * PAGE,
  };
  const list = useApi(
    (signal) => api.get<{ items: InstanceSummary[]; total: number }>('/api/instances', { query, signal }),
    [JSON.stringify(query)],
  );
  const processes = useApi((signal) => api.get<DefinitionSummary[]>('/api/processes', { signal }), []);
  return (
    <>
      <PageHeader title={t('monitor.title')} subtitle={t('monitor.subtitle')} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          style={{ width: 240 }}
          placeholder={t('monitor.search')}
          defaultValue={query.search}
          onSearch={(q) => setSearch({ q: q.trim() || undefined, page: undefined })}
          data-testid="instance-search"
        />
        <Select
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('inbox.filterProcess')}
          value={query.processKey}
          onChange={(v?: string) => setSearch({ processKey: v, page: undefined })}
          options={(processes.data ?? []).map((p) => ({ value: p.key, label: p.name ?? p.key }))}
        />
        <Select
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('monitor.status')}
          value={query.status}
          onChange={(v?: string) => setSearch({ status: v, page: undefined })}
          options={STATUSES.map((s) => ({ value: s, label: t(`instanceStatus.${s}`) }))}
        />
      </Space>
      {list.error !== undefined && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Table<InstanceSummary>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 760 }}
        data-testid="instance-table"
        locale={{ emptyText: t('monitor.empty') }}
        pagination={{
          current: Number(search.get('page') ?? 1),
          pageSize: PAGE,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: (page) => setSearch({ page: String(page) }),
        }}
        columns={[
          {
            title: t('monitor.instance'),
            key: 'id',
            render: (_, i) => (
              <Link to={`/monitor/${encodeURIComponent(i.id)}`} data-testid="instance-link">
                {i.businessKey ?? i.id.slice(-12)}
              </Link>
            ),
          },
          { title: t('inbox.process'), key: 'p', render: (_, i) => `${i.processKey} v${i.version}` },
          { title: t('monitor.status'), key: 's', render: (_, i) => <StatusTag status={i.status} /> },
          { title: t('monitor.startedAt'), key: 'at', render: (_, i) => formatDateTime(i.startedAt, locale) },
          { title: t('monitor.startedBy'), dataIndex: 'startedBy' },
        ]}
      />
    </>
  );
}
