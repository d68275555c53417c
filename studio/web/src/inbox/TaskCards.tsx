/** The inbox on phones: one card per task with what matters at a glance. */
import { Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import type { TaskSummary } from '../api/types';
import { navigate } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { fromNow } from '../shared/format';
import { SlaBadge } from './SlaBadge';
import { TaskHolder } from './TaskHolder';

export function TaskCards({ tasks, loading }: { tasks: TaskSummary[]; loading: boolean }) {
  const { t, locale } = useI18n();
  if (loading && tasks.length === 0) return <Skeleton active />;
  if (tasks.length === 0) return <Empty description={t('inbox.emptyShort')} />;
  return (
    <Flex vertical gap={10} data-testid="task-cards">
      {tasks.map((task) => (
        <Card
          key={task.id}
          size="small"
          hoverable
          onClick={() => navigate(`/inbox/tasks/${encodeURIComponent(task.id)}`)}
          data-testid="task-card"
        >
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Typography.Text strong>{task.name ?? task.nodeId}</Typography.Text>
            {task.status === 'open' ? (
              <SlaBadge sla={task.sla} dueAt={task.dueAt} />
            ) : (
              <Tag>{t(`taskStatus.${task.status}` as 'taskStatus.completed')}</Tag>
            )}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {task.processKey}
            {task.businessKey && ` · ${task.businessKey}`} · {fromNow(task.createdAt, locale)}
          </Typography.Text>
          <div style={{ marginTop: 6 }}>
            <TaskHolder task={task} />
          </div>
        </Card>
      ))}
    </Flex>
  );
}
