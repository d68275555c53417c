/** Processes a user can start, as cards; each opens its start form. */
import { PlayCircleOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { api } from '../api/client';
import type { DefinitionSummary } from '../api/types';
import { navigate } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageHeader } from '../shared/PageHeader';
import { useApi } from '../shared/use-api';

export default function StartListPage() {
  const { t } = useI18n();
  const list = useApi((signal) => api.get<DefinitionSummary[]>('/api/processes', { signal }), []);
  return (
    <>
      <PageHeader title={t('start.title')} subtitle={t('start.subtitle')} />
      {list.error !== undefined && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.loading && <Skeleton active />}
      {list.data?.length === 0 && <Empty description={t('start.empty')} />}
      <Row gutter={[12, 12]}>
        {(list.data ?? []).map((d) => (
          <Col key={d.key} xs={24} sm={12} lg={8}>
            <Card size="small" title={d.name ?? d.key} extra={`v${d.version}`} data-testid={`start-card-${d.key}`}>
              <Typography.Paragraph type="secondary" ellipsis>
                {d.key}
              </Typography.Paragraph>
              <Button
                type="primary"
                icon={<PlayCircleOutlined />}
                block
                onClick={() => navigate(`/start/${encodeURIComponent(d.key)}`)}
              >
                {t('start.start')}
              </Button>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
