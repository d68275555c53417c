/**
 * Starts an instance of a process from its start form (when its start event has one), with
 * an optional business key (the case number people search by).
 */
import type Form from '@rjsf/core';
import { App, Button, Card, Input, Skeleton, Typography } from 'antd';
import { useRef, useState } from 'react';
import { api } from '../api/client';
import type { DefinitionDetail, DefinitionSummary, TaskFormView } from '../api/types';
import { navigate } from '../app/router';
import { FormRenderer } from '../forms-runtime/FormRenderer';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useReportError } from '../shared/use-report-error';
import { PageHeader } from '../shared/PageHeader';
import { useApi } from '../shared/use-api';
import { findStartForm } from './start-form';

export default function StartProcessPage({ params }: { params: Record<string, string> }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const report = useReportError();
  const key = params.key!;
  const base = `/api/processes/${encodeURIComponent(key)}`;
  const loaded = useApi(
    async (signal) => {
      const [latest] = await api.get<DefinitionSummary[]>(`${base}/versions`, { signal });
      const detail = await api.get<DefinitionDetail>(`${base}/versions/${latest!.version}`, { signal });
      const start = await findStartForm(detail.bpmnXml);
      let view: TaskFormView | null = null;
      if (start?.formId) {
        const formBase = `/api/forms/${encodeURIComponent(start.formId)}`;
        const version =
          start.formVersion ??
          Math.max(
            ...(await api.get<Array<{ version: number }>>(`${formBase}/versions`, { signal })).map((v) => v.version),
          );
        view = await api.get<TaskFormView>(`${formBase}/versions/${version}/view`, {
          query: { step: start.startEventId, locale },
          signal,
        });
      }
      return { detail, view };
    },
    [base, locale],
  );
  const [data, setData] = useState<Record<string, unknown>>({});
  const [businessKey, setBusinessKey] = useState('');
  const [busy, setBusy] = useState(false);
  const formRef = useRef<Form>(null);

  if (loaded.error) return <ErrorAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Skeleton active />;
  const { detail, view } = loaded.data;

  const start = async () => {
    if (view && formRef.current && !formRef.current.validateForm()) return;
    setBusy(true);
    try {
      const body = { variables: data, ...(businessKey.trim() && { businessKey: businessKey.trim() }) };
      const started = await api.post<{ instanceId: string }>(`${base}/instances`, body);
      message.success(t('start.started'));
      navigate(`/monitor/${encodeURIComponent(started.instanceId)}`);
    } catch (err) {
      report(err, 'starting the process');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={detail.name ?? key} subtitle={t('start.version', { version: detail.version })} />
      <Card size="small" style={{ maxWidth: 760 }}>
        <Typography.Text strong>{t('start.businessKey')}</Typography.Text>
        <Input
          style={{ margin: '6px 0 16px' }}
          placeholder={t('start.businessKeyHelp')}
          value={businessKey}
          onChange={(e) => setBusinessKey(e.target.value)}
          maxLength={200}
          data-testid="business-key"
        />
        {view && (
          <FormRenderer
            schema={view.schema}
            uiSchema={view.uiSchema}
            labels={view.labels}
            formData={data}
            onChange={setData}
            formRef={formRef}
          >
            <></>
          </FormRenderer>
        )}
        <Button
          type="primary"
          block
          loading={busy}
          onClick={() => void start()}
          data-testid="start-instance"
          style={{ marginTop: 8 }}
        >
          {t('start.start')}
        </Button>
      </Card>
    </>
  );
}
