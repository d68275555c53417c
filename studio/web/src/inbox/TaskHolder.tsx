/** Who holds a task: its assignee (and delegator), or the groups and users it is offered to. */
import { TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Space, Tag } from 'antd';
import type { TaskSummary } from '../api/types';
import { useI18n } from '../i18n/i18n-context';

export function TaskHolder({ task }: { task: TaskSummary }) {
  const { t } = useI18n();
  if (task.assignee) {
    return (
      <Space size={4} wrap>
        <Tag icon={<UserOutlined />}>{task.assignee}</Tag>
        {task.owner && <Tag>{t('inbox.delegatedBy', { user: task.owner })}</Tag>}
      </Space>
    );
  }
  return (
    <Space size={4} wrap>
      {task.candidateGroups.map((g) => (
        <Tag key={g} icon={<TeamOutlined />} color="geekblue">
          {g}
        </Tag>
      ))}
      {task.candidateUsers.map((u) => (
        <Tag key={u} icon={<UserOutlined />}>
          {u}
        </Tag>
      ))}
    </Space>
  );
}
