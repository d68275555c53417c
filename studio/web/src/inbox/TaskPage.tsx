/**
 * One task: its header (process, SLA, holder), the values from earlier steps, its form as
 * the step may see it, and the task actions. Completing validates in the browser with the
 * server's validator, then sends the data with an idempotency key; the server checks again.
 */
import type Form from '@rjsf/core';
import { App, Card, Descriptions, Skeleton, Tag } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../api/api-error';
import { api } from '../api/client';
import type { TaskDetail } from '../api/types';
import { useUser } from '../app/auth-context';
import { Link, navigate } from '../app/router';
import { FormRenderer } from '../forms-runtime/FormRenderer';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useReportError } from '../shared/use-report-error';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { randomId } from '../shared/random-id';
import { useApi } from '../shared/use-api';
import { EarlierData } from './EarlierData';
import { SlaBadge } from './SlaBadge';
import { TaskActions, type TaskAction } from './TaskActions';
import { TaskHolder } from './TaskHolder';
import { initialData, useTaskForm } from './use-task-form';

export default function TaskPage({ params }: { params: Record<string, string> }) {
  const { t, locale } = useI18n();
  const user = useUser();
  const { message } = App.useApp();
  const report = useReportError();
  const path = `/api/tasks/${encodeURIComponent(params.id!)}`;
  const task = useApi((signal) => api.get<TaskDetail>(path, { signal }), [path]);
  const form = useTaskForm(task.data);
  const [data, setData] = useState<Record<string, unknown>>();
  const [serverErrors, setServerErrors] = useState<Array<{ pointer: string; message: string }>>();
  const [busy, setBusy] = useState(false);
  const formRef = useRef<Form>(null);
  // One key per completion attempt of this page: a retried click is the same request.
  const idempotencyKey = useRef(randomId());

  if (task.error) return <ErrorAlert error={task.error} onRetry={task.reload} />;
  if (!task.data || form.loading) return <Skeleton active />;
  const detail = task.data;
  const view = form.data ?? null;
  const current = data ?? initialData(detail, view);
  const open = detail.status === 'open';
  const writable = open && (detail.assignee === user.username || !detail.assignee || user.roles.includes('admin'));

  const fail = (err: unknown) => {
    if (err instanceof ApiError && err.fieldErrors.length) setServerErrors(err.fieldErrors);
    report(err, 'a task action');
  };

  const act = async (action: TaskAction, body?: unknown) => {
    setBusy(true);
    try {
      await api.post(`${path}/${action}`, body ?? {});
      message.success(t(`task.done.${action}`));
      if (action === 'transfer' || action === 'delegate' || action === 'send-back') navigate('/inbox');
      else task.reload();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const complete = async (outcome?: string) => {
    if (view && formRef.current && !formRef.current.validateForm()) {
      message.warning(t('task.fixErrors'));
      return;
    }
    setBusy(true);
    setServerErrors(undefined);
    try {
      await api.post(
        `${path}/complete`,
        { data: current, ...(outcome && { outcome }) },
        { headers: { 'idempotency-key': idempotencyKey.current } },
      );
      message.success(t('task.completed'));
      navigate('/inbox');
    } catch (err) {
      idempotencyKey.current = randomId();
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const formFields = Object.keys((view?.schema.properties as Record<string, unknown> | undefined) ?? {});
  return (
    <>
      <PageHeader
        title={detail.name ?? detail.nodeId}
        subtitle={view?.labels.title}
        extra={
          open ? (
            <SlaBadge sla={detail.sla} dueAt={detail.dueAt} />
          ) : (
            <Tag>{t(`taskStatus.${detail.status}` as 'taskStatus.completed')}</Tag>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            {
              key: 'process',
              label: t('inbox.process'),
              children: <Link to={`/monitor/${encodeURIComponent(detail.instanceId)}`}>{detail.processKey}</Link>,
            },
            { key: 'bk', label: t('inbox.businessKey'), children: detail.businessKey ?? '—' },
            { key: 'holder', label: t('inbox.holder'), children: <TaskHolder task={detail} /> },
            { key: 'due', label: t('task.due'), children: formatDateTime(detail.dueAt, locale) },
            { key: 'created', label: t('inbox.created'), children: formatDateTime(detail.createdAt, locale) },
            { key: 'startedBy', label: t('task.startedBy'), children: detail.startedBy ?? '—' },
          ]}
        />
      </Card>
      <EarlierData input={detail.input} formFields={formFields} />
      {form.error !== undefined && <ErrorAlert error={form.error} onRetry={form.reload} />}
      {view && (
        <Card size="small" title={view.labels.title} data-testid="task-form">
          <FormRenderer
            schema={view.schema}
            uiSchema={view.uiSchema}
            labels={view.labels}
            formData={current}
            onChange={setData}
            readonly={!writable}
            serverErrors={serverErrors}
            formRef={formRef}
          >
            <></>
          </FormRenderer>
        </Card>
      )}
      <TaskActions task={detail} user={user} busy={busy} onAction={act} onComplete={(o) => void complete(o)} />
    </>
  );
}
