/** Groups (org units: branches, stores, districts, teams) with head and members; admins add groups and members. */
import { PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { Group } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useReportError } from '../shared/use-report-error';
import { PageHeader } from '../shared/PageHeader';
import { useApi } from '../shared/use-api';
import { NewGroupDialog } from './NewGroupDialog';

export default function GroupsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const report = useReportError();
  const groups = useApi((signal) => api.get<Group[]>('/api/groups', { signal }), []);
  const [creating, setCreating] = useState(false);
  const [adding, setAdding] = useState<Record<string, string>>({});

  const addMember = async (group: Group) => {
    const username = adding[group.id]?.trim();
    if (!username) return;
    try {
      await api.post(`/api/groups/${encodeURIComponent(group.id)}/members`, { username });
      message.success(t('admin.memberAdded', { user: username, group: group.name }));
      setAdding({ ...adding, [group.id]: '' });
      groups.reload();
    } catch (err) {
      report(err, 'adding a group member');
    }
  };

  return (
    <>
      <PageHeader
        title={t('admin.groupsTitle')}
        subtitle={t('admin.groupsSubtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('admin.newGroup')}
          </Button>
        }
      />
      {groups.error !== undefined && <ErrorAlert error={groups.error} onRetry={groups.reload} />}
      <Table<Group>
        rowKey="id"
        loading={groups.loading}
        dataSource={groups.data ?? []}
        scroll={{ x: 860 }}
        pagination={{ pageSize: 25, hideOnSinglePage: true }}
        data-testid="group-table"
        columns={[
          {
            title: t('admin.groupName'),
            key: 'name',
            render: (_, g) => (
              <>
                {g.name}
                <div>
                  <code>{g.id}</code>
                </div>
              </>
            ),
          },
          { title: t('admin.groupKind'), dataIndex: 'kind' },
          {
            title: t('admin.members'),
            key: 'members',
            render: (_, g) => (
              <Space size={4} wrap>
                {g.members.map((m) => (
                  <Tag key={m}>{m}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('admin.addMember'),
            key: 'add',
            render: (_, g) => (
              <Space.Compact>
                <Input
                  size="small"
                  placeholder={t('task.username')}
                  value={adding[g.id] ?? ''}
                  onChange={(e) => setAdding({ ...adding, [g.id]: e.target.value })}
                  onPressEnter={() => void addMember(g)}
                />
                <Button
                  size="small"
                  icon={<UserAddOutlined />}
                  aria-label={t('admin.addMember')}
                  onClick={() => void addMember(g)}
                />
              </Space.Compact>
            ),
          },
        ]}
      />
      <NewGroupDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => (setCreating(false), groups.reload())}
      />
    </>
  );
}
