/** Users with their roles and groups; admins create, disable and enable users here. */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { UserRow } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useReportError } from '../shared/use-report-error';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { useApi } from '../shared/use-api';
import { NewUserDialog } from './NewUserDialog';
import { RoleTags } from './RoleTags';

export default function UsersPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const report = useReportError();
  const users = useApi((signal) => api.get<UserRow[]>('/api/users', { signal }), []);
  const [creating, setCreating] = useState(false);

  const toggle = async (u: UserRow) => {
    try {
      await api.post(`/api/users/${encodeURIComponent(u.id)}/${u.disabled ? 'enable' : 'disable'}`);
      message.success(t(u.disabled ? 'admin.enabled' : 'admin.disabled', { user: u.username }));
      users.reload();
    } catch (err) {
      report(err, 'enabling or disabling a user');
    }
  };

  return (
    <>
      <PageHeader
        title={t('admin.usersTitle')}
        subtitle={t('admin.usersSubtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('admin.newUser')}
          </Button>
        }
      />
      {users.error !== undefined && <ErrorAlert error={users.error} onRetry={users.reload} />}
      <Table<UserRow>
        rowKey="id"
        loading={users.loading}
        dataSource={users.data ?? []}
        scroll={{ x: 800 }}
        pagination={{ pageSize: 25, hideOnSinglePage: true }}
        data-testid="user-table"
        columns={[
          { title: t('admin.username'), dataIndex: 'username' },
          { title: t('admin.displayName'), dataIndex: 'displayName' },
          { title: t('admin.roles'), key: 'roles', render: (_, u) => <RoleTags roles={u.roles} /> },
          {
            title: t('admin.groups'),
            key: 'groups',
            render: (_, u) => (
              <Space size={4} wrap>
                {u.groups.map((g) => (
                  <Tag key={g}>{g}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('admin.state'),
            key: 'state',
            render: (_, u) =>
              u.disabled ? (
                <Tag color="red">{t('admin.stateDisabled')}</Tag>
              ) : (
                <Tag color="green">{t('admin.stateActive')}</Tag>
              ),
          },
          { title: t('admin.created'), key: 'created', render: (_, u) => formatDateTime(u.createdAt, locale) },
          {
            title: t('common.actions'),
            key: 'a',
            render: (_, u) => (
              <Button size="small" danger={!u.disabled} onClick={() => void toggle(u)}>
                {u.disabled ? t('admin.enable') : t('admin.disable')}
              </Button>
            ),
          },
        ]}
      />
      <NewUserDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => (setCreating(false), users.reload())}
      />
    </>
  );
}
