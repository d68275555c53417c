/** One plugin: its playbooks (each with install, and the deployed version when installed) and activities. */
import { AppstoreAddOutlined, CheckCircleOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { useReportError } from '../shared/use-report-error';
import type { InstallPlaybookResponse, PluginSummary } from './catalog-types';

export function PluginCard({
  plugin,
  deployed,
  onInstalled,
}: {
  plugin: PluginSummary;
  deployed: Map<string, number>;
  onInstalled(): void;
}) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const report = useReportError();
  const [busy, setBusy] = useState<string>();

  const install = async (playbook: PluginSummary['playbooks'][number]) => {
    setBusy(playbook.id);
    try {
      const done = await api.post<InstallPlaybookResponse>(
        `/api/plugins/${encodeURIComponent(plugin.id)}/playbooks/${encodeURIComponent(playbook.id)}/install`,
        {},
      );
      message.success(
        t('catalog.installed', {
          name: playbook.name[locale],
          processes: done.processes.length,
          forms: done.forms.length,
        }),
      );
      onInstalled();
    } catch (err) {
      report(err, 'installing a playbook');
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Card title={plugin.name[locale]} extra={<Tag>v{plugin.version}</Tag>} data-testid={`plugin-${plugin.id}`}>
      <Typography.Paragraph type="secondary">{plugin.description[locale]}</Typography.Paragraph>
      <Typography.Text strong>{t('catalog.playbooks')}</Typography.Text>
      <Flex vertical gap={8} style={{ margin: '8px 0 16px' }}>
        {plugin.playbooks.length === 0 && (
          <Typography.Text type="secondary">{t('catalog.noPlaybooks')}</Typography.Text>
        )}
        {plugin.playbooks.map((pb) => {
          const version = deployed.get(pb.processKey);
          return (
            <Flex
              key={pb.id}
              justify="space-between"
              align="center"
              gap={8}
              wrap
              style={{ padding: 8, border: '1px solid #f0f0f0', borderRadius: 6 }}
              data-testid={`playbook-${pb.id}`}
            >
              <div style={{ minWidth: 0, flex: 1 }}>
                <Typography.Text>{pb.name[locale]}</Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {pb.description[locale]}
                  </Typography.Text>
                </div>
                {plugin.schedules
                  .filter((s) => s.playbook === pb.id)
                  .map((s) => (
                    <Tag
                      key={s.id}
                      icon={<ClockCircleOutlined />}
                      title={s.source}
                      style={{ marginTop: 4 }}
                      data-testid={`schedule-${s.id}`}
                    >
                      {t('catalog.schedule', { name: s.name[locale], when: s.cron ?? s.cycle ?? '' })}
                    </Tag>
                  ))}
              </div>
              {version !== undefined && (
                <Link to={`/processes/${encodeURIComponent(pb.processKey)}`}>
                  <Tag icon={<CheckCircleOutlined />} color="success">
                    {t('catalog.isInstalled', { version })}
                  </Tag>
                </Link>
              )}
              <Tooltip title={t('catalog.installHelp')}>
                <Button
                  type={version === undefined ? 'primary' : 'default'}
                  icon={<AppstoreAddOutlined />}
                  loading={busy === pb.id}
                  onClick={() => void install(pb)}
                  data-testid={`install-${pb.id}`}
                >
                  {version === undefined ? t('catalog.install') : t('catalog.reinstall')}
                </Button>
              </Tooltip>
            </Flex>
          );
        })}
      </Flex>
      <Typography.Text strong>{t('catalog.activities')}</Typography.Text>
      <Flex wrap gap={6} style={{ marginTop: 8 }}>
        {plugin.activities.map((a) => (
          <Tag key={a.ref} title={a.description[locale]}>
            {a.ref}
          </Tag>
        ))}
      </Flex>
    </Card>
  );
}
