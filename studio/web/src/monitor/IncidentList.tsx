/** Incidents of an instance (a token parked because something failed) with retry. */
import { RedoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Tooltip, Typography } from 'antd';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { useReportError } from '../shared/use-report-error';
import { formatDateTime } from '../shared/format';
import { useHasRoute } from '../shared/use-has-route';

export interface Incident {
  incidentId: string;
  nodeId: string;
  kind: string;
  message: string;
  errorCode?: string;
  createdAt: string;
  retries: number;
}

export function IncidentList({
  path,
  incidents,
  onRetried,
}: {
  path: string;
  incidents: Incident[];
  onRetried(): void;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const report = useReportError();
  const offered = useHasRoute('post', '/api/instances/{id}/incidents/{incidentId}/retry');
  if (incidents.length === 0) return null;
  const retry = async (incident: Incident) => {
    try {
      await api.post(`${path}/incidents/${encodeURIComponent(incident.incidentId)}/retry`, {});
      message.success(t('monitor.retried'));
      onRetried();
    } catch (err) {
      report(err, 'retrying the incident');
    }
  };
  return (
    <Card
      size="small"
      title={t('monitor.incidents', { count: incidents.length })}
      style={{ marginBottom: 16 }}
      data-testid="incidents"
    >
      <Flex vertical gap={8}>
        {incidents.map((i) => (
          <Alert
            key={i.incidentId}
            type="error"
            showIcon
            title={
              <span>
                {i.nodeId} · {t(`incidentKind.${i.kind as 'activity'}`)}
                {i.errorCode && ` · ${i.errorCode}`}
              </span>
            }
            description={
              <>
                <div>{i.message}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(i.createdAt, locale)} · {t('monitor.retries', { count: i.retries })}
                </Typography.Text>
              </>
            }
            action={
              <Tooltip title={offered === false ? t('error.routeMissing') : undefined}>
                <Button size="small" icon={<RedoOutlined />} disabled={offered === false} onClick={() => void retry(i)}>
                  {t('monitor.retry')}
                </Button>
              </Tooltip>
            }
          />
        ))}
      </Flex>
    </Card>
  );
}
