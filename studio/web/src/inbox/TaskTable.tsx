/** The inbox on desktops: one row per task; a click opens it. */
import { Table, Tag } from 'antd';
import type { TaskSummary } from '../api/types';
import { Link, navigate } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { formatDateTime } from '../shared/format';
import type { InboxFilters } from './inbox-query';
import { SlaBadge } from './SlaBadge';
import { TaskHolder } from './TaskHolder';

export function TaskTable({
  tasks,
  loading,
  filters,
}: {
  tasks: TaskSummary[];
  loading: boolean;
  filters: InboxFilters;
}) {
  const { t, locale } = useI18n();
  return (
    <Table<TaskSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={tasks}
      pagination={false}
      scroll={{ x: 880 }}
      data-testid="task-table"
      locale={{ emptyText: t(`inbox.empty.${filters.scope}`) }}
      onRow={(task) => ({
        onClick: () => navigate(`/inbox/tasks/${encodeURIComponent(task.id)}`),
        style: { cursor: 'pointer' },
      })}
      columns={[
        {
          title: t('inbox.task'),
          key: 'name',
          render: (_, task) => (
            <Link to={`/inbox/tasks/${encodeURIComponent(task.id)}`} data-testid="task-link">
              {task.name ?? task.nodeId}
            </Link>
          ),
        },
        { title: t('inbox.process'), dataIndex: 'processKey' },
        { title: t('inbox.businessKey'), key: 'bk', render: (_, task) => task.businessKey ?? '—' },
        { title: t('inbox.holder'), key: 'holder', render: (_, task) => <TaskHolder task={task} /> },
        {
          title: t('inbox.sla'),
          key: 'sla',
          render: (_, task) =>
            task.status === 'open' ? (
              <SlaBadge sla={task.sla} dueAt={task.dueAt} />
            ) : (
              <Tag>{t(`taskStatus.${task.status}` as 'taskStatus.completed')}</Tag>
            ),
        },
        { title: t('inbox.created'), key: 'created', render: (_, task) => formatDateTime(task.createdAt, locale) },
      ]}
    />
  );
}
