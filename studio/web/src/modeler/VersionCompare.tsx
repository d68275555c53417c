/** Two versions side by side (stacked on phones) with their differences marked and listed. */
import { Card, Col, Row, Spin, Table, Tag } from 'antd';
import { api } from '../api/client';
import type { DefinitionDetail } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { DiagramViewer } from '../shared/DiagramViewer';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApi } from '../shared/use-api';
import { diffVersions, type ChangeKind, type ElementChange } from './version-diff';

const COLOR: Record<ChangeKind, string> = { added: 'green', removed: 'red', changed: 'gold' };

export function VersionCompare({ path, left, right }: { path: string; left: number; right: number }) {
  const { t } = useI18n();
  const loaded = useApi(
    async (signal) => {
      const [a, b] = await Promise.all(
        [left, right].map((v) => api.get<DefinitionDetail>(`${path}/versions/${v}`, { signal })),
      );
      const changes = await diffVersions(a!.bpmnXml, b!.bpmnXml);
      const markers = (kinds: ChangeKind[]) =>
        Object.fromEntries(changes.filter((c) => kinds.includes(c.kind)).map((c) => [c.id, [`wf-${c.kind}`]]));
      return {
        a: a!,
        b: b!,
        changes,
        leftMarkers: markers(['removed', 'changed']),
        rightMarkers: markers(['added', 'changed']),
      };
    },
    [path, left, right],
  );
  if (loaded.error) return <ErrorAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Spin />;
  const { a, b, changes, leftMarkers, rightMarkers } = loaded.data;
  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={`v${a.version}`}>
            <DiagramViewer xml={a.bpmnXml} markers={leftMarkers} height={360} testId="compare-left-diagram" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={`v${b.version}`}>
            <DiagramViewer xml={b.bpmnXml} markers={rightMarkers} height={360} testId="compare-right-diagram" />
          </Card>
        </Col>
      </Row>
      <Table<ElementChange>
        style={{ marginTop: 16 }}
        size="small"
        rowKey={(c) => `${c.kind}-${c.id}`}
        dataSource={changes}
        pagination={false}
        locale={{ emptyText: t('versions.noChanges') }}
        data-testid="version-changes"
        columns={[
          {
            title: t('versions.change'),
            key: 'kind',
            render: (_, c) => <Tag color={COLOR[c.kind]}>{t(`versions.${c.kind}`)}</Tag>,
          },
          { title: t('versions.element'), key: 'el', render: (_, c) => `${c.name ?? ''} (${c.id})` },
          { title: t('versions.type'), key: 'type', render: (_, c) => c.type.replace('bpmn:', '') },
          { title: t('versions.fields'), key: 'fields', render: (_, c) => c.fields.join(', ') },
        ]}
      />
    </>
  );
}
