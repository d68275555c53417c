import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n-context';

const COLORS: Record<string, string> = {
  running: 'processing',
  completed: 'success',
  failed: 'error',
  terminated: 'default',
  cancelled: 'warning',
  unknown: 'default',
};

/** An instance's status as a coloured tag. */
export function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  const known = ['running', 'completed', 'failed', 'terminated', 'cancelled'].includes(status);
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid="instance-status" data-status={status}>
      {known ? t(`instanceStatus.${status as 'running'}`) : status}
    </Tag>
  );
}
