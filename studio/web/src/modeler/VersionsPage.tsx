/**
 * The versions of a process, newest first, and a comparison of any two: both diagrams side by
 * side with added, removed and changed elements marked, and the list of changes.
 */
import { Button, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../api/client';
import type { DefinitionSummary } from '../api/types';
import { Link, navigate } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { useApi } from '../shared/use-api';
import { VersionCompare } from './VersionCompare';

export default function VersionsPage({ params }: { params: Record<string, string> }) {
  const { t, locale } = useI18n();
  const key = params.key!;
  const path = `/api/processes/${encodeURIComponent(key)}`;
  const versions = useApi((signal) => api.get<DefinitionSummary[]>(`${path}/versions`, { signal }), [key]);
  const [picked, setPicked] = useState<[number | undefined, number | undefined]>([undefined, undefined]);
  const list = versions.data ?? [];
  // By default compare the latest version with the one before it.
  const [left, right] = useMemo(() => [picked[0] ?? list[1]?.version, picked[1] ?? list[0]?.version], [picked, list]);
  const options = list.map((v) => ({
    value: v.version,
    label: `v${v.version} · ${formatDateTime(v.createdAt, locale)}`,
  }));

  return (
    <>
      <PageHeader
        title={t('versions.title', { key })}
        extra={
          <Button onClick={() => navigate(`/processes/${encodeURIComponent(key)}`)}>{t('versions.openLatest')}</Button>
        }
      />
      {versions.error !== undefined && <ErrorAlert error={versions.error} onRetry={versions.reload} />}
      <Table<DefinitionSummary>
        rowKey="version"
        size="small"
        loading={versions.loading}
        dataSource={list}
        scroll={{ x: 600 }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('processes.version'), key: 'v', render: (_, v) => <Tag color="blue">v{v.version}</Tag> },
          { title: t('processes.deployedAt'), key: 'at', render: (_, v) => formatDateTime(v.createdAt, locale) },
          { title: t('processes.deployedBy'), dataIndex: 'createdBy' },
          { title: t('versions.hash'), key: 'hash', render: (_, v) => <code>{v.hash.slice(0, 12)}</code> },
          {
            title: t('common.actions'),
            key: 'open',
            render: (_, v) => (
              <Link to={`/processes/${encodeURIComponent(key)}?version=${v.version}`}>{t('versions.open')}</Link>
            ),
          },
        ]}
        style={{ marginBottom: 24 }}
      />
      {list.length > 1 && left !== undefined && right !== undefined && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            {t('versions.compare')}
            <Select
              style={{ minWidth: 200 }}
              value={left}
              options={options}
              onChange={(v) => setPicked([v, right])}
              data-testid="compare-left"
            />
            →
            <Select
              style={{ minWidth: 200 }}
              value={right}
              options={options}
              onChange={(v) => setPicked([left, v])}
              data-testid="compare-right"
            />
          </Space>
          <VersionCompare path={path} left={left} right={right} />
        </>
      )}
    </>
  );
}
