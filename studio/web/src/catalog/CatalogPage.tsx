/**
 * The playbook catalog: installed plugins, their activities and playbooks; one action installs
 * a playbook (publishes its forms and deploys its processes). Built-in activities are listed too.
 */
import { Card, Col, Empty, Flex, Row, Skeleton, Tag } from 'antd';
import { api } from '../api/client';
import type { ActivityEntry, DefinitionSummary } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { inLocale } from '../shared/localized';
import { PageHeader } from '../shared/PageHeader';
import { useApi } from '../shared/use-api';
import { builtInActivities, type PluginSummary } from './catalog-types';
import { PluginCard } from './PluginCard';

export default function CatalogPage() {
  const { t, locale } = useI18n();
  const catalog = useApi(async (signal) => {
    const [plugins, activities, processes] = await Promise.all([
      api.get<PluginSummary[]>('/api/plugins', { signal }),
      api.get<ActivityEntry[]>('/api/activities', { signal }),
      api.get<DefinitionSummary[]>('/api/processes', { signal }),
    ]);
    return {
      plugins,
      builtIn: builtInActivities(activities, plugins),
      deployed: new Map(processes.map((p) => [p.key, p.version])),
    };
  }, []);
  const data = catalog.data;
  return (
    <>
      <PageHeader title={t('catalog.title')} subtitle={t('catalog.subtitle')} />
      {catalog.error !== undefined && <ErrorAlert error={catalog.error} onRetry={catalog.reload} />}
      {catalog.loading && !data && <Skeleton active />}
      {data?.plugins.length === 0 && <Empty description={t('catalog.empty')} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        {(data?.plugins ?? []).map((p) => (
          <Col key={p.id} xs={24} lg={12}>
            <PluginCard plugin={p} deployed={data!.deployed} onInstalled={catalog.reload} />
          </Col>
        ))}
        {data && data.builtIn.length > 0 && (
          <Col xs={24} lg={12}>
            <Card title={t('catalog.builtIn')} data-testid="plugin-core">
              <Flex wrap gap={6}>
                {data.builtIn.map((a) => (
                  <Tag key={a.ref} title={inLocale(a.description, locale)}>
                    {a.ref}
                  </Tag>
                ))}
              </Flex>
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}
