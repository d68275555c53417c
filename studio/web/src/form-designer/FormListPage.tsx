/** Published forms (latest version of each) with a link to the designer. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import { api } from '../api/client';
import type { FormSummary } from '../api/types';
import { Link, navigate } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { useApi } from '../shared/use-api';

export default function FormListPage() {
  const { t, locale } = useI18n();
  const list = useApi((signal) => api.get<FormSummary[]>('/api/forms', { signal }), []);
  return (
    <>
      <PageHeader
        title={t('forms.title')}
        subtitle={t('forms.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/forms/new')} data-testid="new-form">
            {t('formDesigner.newForm')}
          </Button>
        }
      />
      {list.error !== undefined && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Table<FormSummary>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        scroll={{ x: 560 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('forms.empty') }}
        columns={[
          {
            title: t('forms.name'),
            key: 'title',
            render: (_, f) => <Link to={`/forms/${f.id}`}>{f.title[locale] || f.id}</Link>,
          },
          { title: t('forms.id'), dataIndex: 'id' },
          { title: t('processes.version'), key: 'v', render: (_, f) => <Tag color="blue">v{f.latestVersion}</Tag> },
          { title: t('forms.updatedAt'), key: 'at', render: (_, f) => formatDateTime(f.updatedAt, locale) },
        ]}
      />
    </>
  );
}
