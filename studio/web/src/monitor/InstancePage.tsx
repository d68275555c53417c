/**
 * One process instance: status, the diagram with completed, active and incident nodes marked,
 * the timeline, variables and incidents (with retry), cancel, and a link to the underlying
 * workflow in the Temporal UI. Refreshes every few seconds while the instance runs.
 */
import { ExportOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Skeleton, Space } from 'antd';
import { useEffect, useMemo } from 'react';
import { api } from '../api/client';
import type { DefinitionDetail, InstanceView, StudioSettings, TimelineEntry } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { DiagramViewer } from '../shared/DiagramViewer';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { useApi } from '../shared/use-api';
import { CancelInstanceButton } from './CancelInstanceButton';
import { IncidentList, type Incident } from './IncidentList';
import { InstanceTimeline } from './InstanceTimeline';
import { StatusTag } from './status-tag';
import { VariablesCard } from './VariablesCard';

const REFRESH_MS = 4000;

export default function InstancePage({ params }: { params: Record<string, string> }) {
  const { t, locale } = useI18n();
  const id = params.id!;
  const path = `/api/instances/${encodeURIComponent(id)}`;
  const instance = useApi((signal) => api.get<InstanceView>(path, { signal }), [path]);
  const timeline = useApi((signal) => api.get<TimelineEntry[]>(`${path}/timeline`, { signal }), [path, instance.data]);
  const settings = useApi((signal) => api.get<StudioSettings>('/api/studio/settings', { signal }), []);
  const key = instance.data?.processKey;
  const version = instance.data?.version;
  const definition = useApi(
    (signal) =>
      key
        ? api.get<DefinitionDetail>(`/api/processes/${encodeURIComponent(key)}/versions/${version}`, { signal })
        : Promise.resolve(undefined),
    [key, version],
  );
  const running = instance.data?.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(instance.reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [running, instance.reload]);

  const markers = useMemo(() => {
    const m: Record<string, string[]> = {};
    const add = (nodeId: string, c: string) => (m[nodeId] = [...new Set([...(m[nodeId] ?? []), c])]);
    instance.data?.completedNodes.forEach((n) => add(n, 'wf-completed'));
    instance.data?.activeNodes.forEach((n) => add(n, 'wf-active'));
    (instance.data?.incidents as Incident[] | undefined)?.forEach((i) => add(i.nodeId, 'wf-incident'));
    return m;
  }, [instance.data]);

  if (instance.error && !instance.data) return <ErrorAlert error={instance.error} onRetry={instance.reload} />;
  if (!instance.data) return <Skeleton active />;
  const view = instance.data;
  const temporalLink = settings.data?.temporalUiUrl
    ? `${settings.data.temporalUiUrl.replace(/\/$/, '')}/namespaces/${encodeURIComponent(settings.data.temporalNamespace)}/workflows/${encodeURIComponent(view.id)}`
    : undefined;

  return (
    <>
      <PageHeader
        title={definition.data?.name ?? view.processKey}
        subtitle={
          <Space wrap>
            <StatusTag status={view.status} />
            {view.businessKey ?? view.id}
          </Space>
        }
        extra={
          <>
            {temporalLink && (
              <Button
                icon={<ExportOutlined />}
                href={temporalLink}
                target="_blank"
                rel="noopener noreferrer"
                data-testid="temporal-link"
              >
                {t('monitor.temporalUi')}
              </Button>
            )}
            {running && <CancelInstanceButton path={path} onDone={instance.reload} />}
          </>
        }
      />
      {instance.error !== undefined && <ErrorAlert error={instance.error} onRetry={instance.reload} />}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'p', label: t('inbox.process'), children: `${view.processKey} v${view.version}` },
            {
              key: 'id',
              label: t('monitor.instanceId'),
              children: <code style={{ wordBreak: 'break-all' }}>{view.id}</code>,
            },
            { key: 'by', label: t('monitor.startedBy'), children: timeline.data?.[0]?.actor ?? view.startedBy },
            { key: 'at', label: t('monitor.startedAt'), children: formatDateTime(view.startedAt, locale) },
          ]}
        />
      </Card>
      {definition.error !== undefined && <ErrorAlert error={definition.error} onRetry={definition.reload} />}
      {definition.data && (
        <Card size="small" title={t('monitor.diagram')} style={{ marginBottom: 16 }} extra={<DiagramLegend />}>
          <DiagramViewer xml={definition.data.bpmnXml} markers={markers} height={380} testId="instance-diagram" />
        </Card>
      )}
      <IncidentList path={path} incidents={view.incidents as Incident[]} onRetried={instance.reload} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <InstanceTimeline entries={timeline.data} error={timeline.error} />
        </Col>
        <Col xs={24} lg={12}>
          <VariablesCard variables={view.variables} />
        </Col>
      </Row>
    </>
  );
}

function DiagramLegend() {
  const { t } = useI18n();
  const dot = (color: string) => (
    <span
      style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: color, marginInlineEnd: 4 }}
    />
  );
  return (
    <Space size={12} wrap style={{ fontSize: 12 }}>
      <span>
        {dot('#95de64')}
        {t('monitor.legendCompleted')}
      </span>
      <span>
        {dot('#69b1ff')}
        {t('monitor.legendActive')}
      </span>
      <span>
        {dot('#ff7875')}
        {t('monitor.legendIncident')}
      </span>
    </Space>
  );
}
