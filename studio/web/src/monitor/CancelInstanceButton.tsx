/** Cancels a running instance after a confirmation. */
import { StopOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Tooltip } from 'antd';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { useReportError } from '../shared/use-report-error';
import { useHasRoute } from '../shared/use-has-route';

export function CancelInstanceButton({ path, onDone }: { path: string; onDone(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const report = useReportError();
  const offered = useHasRoute('post', '/api/instances/{id}/cancel');
  const cancel = async () => {
    try {
      await api.post(`${path}/cancel`, {});
      message.success(t('monitor.cancelled'));
      onDone();
    } catch (err) {
      report(err, 'cancelling the instance');
    }
  };
  if (offered === false) {
    return (
      <Tooltip title={t('error.routeMissing')}>
        <Button danger icon={<StopOutlined />} disabled>
          {t('monitor.cancel')}
        </Button>
      </Tooltip>
    );
  }
  return (
    <Popconfirm
      title={t('monitor.cancelConfirm')}
      okText={t('monitor.cancel')}
      cancelText={t('common.back')}
      okButtonProps={{ danger: true }}
      onConfirm={() => void cancel()}
    >
      <Button danger icon={<StopOutlined />} data-testid="cancel-instance">
        {t('monitor.cancel')}
      </Button>
    </Popconfirm>
  );
}
