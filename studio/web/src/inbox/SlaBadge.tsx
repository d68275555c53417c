/** The SLA state of a task: on time, due soon or overdue, with the due time on hover. */
import { ClockCircleOutlined, ExclamationCircleOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { SlaState } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { formatDateTime, fromNow } from '../shared/format';

const STYLE: Record<SlaState, { color: string; icon: React.ReactNode } | undefined> = {
  none: undefined,
  onTime: { color: 'green', icon: <ClockCircleOutlined /> },
  dueSoon: { color: 'orange', icon: <FieldTimeOutlined /> },
  overdue: { color: 'red', icon: <ExclamationCircleOutlined /> },
};

export function SlaBadge({ sla, dueAt }: { sla: SlaState; dueAt: string | null }) {
  const { t, locale } = useI18n();
  const style = STYLE[sla];
  if (!style) return null;
  return (
    <Tooltip title={dueAt ? t('inbox.dueAt', { at: formatDateTime(dueAt, locale) }) : undefined}>
      <Tag color={style.color} icon={style.icon} data-testid="sla-badge" data-sla={sla}>
        {t(`sla.${sla}`)}
        {dueAt && ` · ${fromNow(dueAt, locale)}`}
      </Tag>
    </Tooltip>
  );
}
