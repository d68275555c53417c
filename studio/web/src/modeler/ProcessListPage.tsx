/** Deployed processes (latest version of each), with links to design, versions and instances. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag } from 'antd';
import { api } from '../api/client';
import type { DefinitionSummary } from '../api/types';
import { Link, navigate } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { useApi } from '../shared/use-api';

export default function ProcessListPage() {
  const { t, locale } = useI18n();
  const list = useApi((signal) => api.get<DefinitionSummary[]>('/api/processes', { signal }), []);
  const k = (key: string) => encodeURIComponent(key);
  return (
    <>
      <PageHeader
        title={t('processes.title')}
        subtitle={t('processes.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/processes/new')}>
            {t('designer.newProcess')}
          </Button>
        }
      />
      {list.error !== undefined && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Table<DefinitionSummary>
        rowKey="key"
        loading={list.loading}
        dataSource={list.data ?? []}
        scroll={{ x: 720 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('processes.empty') }}
        columns={[
          {
            title: t('processes.name'),
            key: 'name',
            render: (_, d) => (
              <Link to={`/processes/${k(d.key)}`} data-testid={`process-${d.key}`}>
                {d.name ?? d.key}
              </Link>
            ),
          },
          { title: t('processes.key'), dataIndex: 'key' },
          { title: t('processes.version'), key: 'version', render: (_, d) => <Tag color="blue">v{d.version}</Tag> },
          { title: t('processes.deployedAt'), key: 'at', render: (_, d) => formatDateTime(d.createdAt, locale) },
          { title: t('processes.deployedBy'), dataIndex: 'createdBy' },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, d) => (
              <Space wrap size={4}>
                <Link to={`/processes/${k(d.key)}`}>{t('processes.design')}</Link>
                <Link to={`/processes/${k(d.key)}/versions`}>{t('designer.versions')}</Link>
                <Link to={`/monitor?processKey=${k(d.key)}`}>{t('processes.instances')}</Link>
                <Link to={`/start/${k(d.key)}`}>{t('processes.start')}</Link>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
