/**
 * The form designer: palette, the form's fields, and tabs for the selected field's
 * properties, the live preview, the JSON and per-step permissions. Publish checks the form
 * with the platform's own publish checks first, then sends it to the server.
 */
import { CloudUploadOutlined } from '@ant-design/icons';
import { App, Button, Col, Row, Tabs, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { checkFormDocument, type FormDocument } from '../../../../engine/forms/index';
import { api } from '../api/client';
import type { PublishedForm, StoredFormVersion } from '../api/types';
import { navigate } from '../app/router';
import { useI18n } from '../i18n/i18n-context';
import { useReportError } from '../shared/use-report-error';
import { PageHeader } from '../shared/PageHeader';
import { emptyForm, type DesignerForm } from './designer-model';
import { addField, findField, moveField, removeField, updateField, type FieldPath } from './designer-ops';
import { FieldCanvas } from './FieldCanvas';
import { FieldPalette } from './FieldPalette';
import { FieldProperties } from './FieldProperties';
import { FormMetaEditor } from './FormMetaEditor';
import { FormPreview } from './FormPreview';
import { FormProblems } from './FormProblems';
import { fromFormDocument, Unsupported } from './from-document';
import { JsonPanel } from './JsonPanel';
import { StepPermissions } from './StepPermissions';
import { toFormDocument } from './to-document';

function initial(stored: StoredFormVersion | undefined): {
  form: DesignerForm;
  jsonOnly?: FormDocument;
  reason?: string;
} {
  if (!stored) return { form: emptyForm() };
  try {
    return { form: fromFormDocument(stored.document) };
  } catch (err) {
    if (err instanceof Unsupported) return { form: emptyForm(), jsonOnly: stored.document, reason: err.message };
    throw err;
  }
}

export function FormWorkspace({ stored }: { stored: StoredFormVersion | undefined }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const report = useReportError();
  const start = useMemo(() => initial(stored), [stored]);
  const [form, setForm] = useState(start.form);
  const [jsonOnly, setJsonOnly] = useState(start.jsonOnly);
  const [selected, setSelected] = useState<FieldPath>();
  const [tab, setTab] = useState('properties');
  const [publishing, setPublishing] = useState(false);
  const document = useMemo(() => jsonOnly ?? toFormDocument(form), [form, jsonOnly]);
  const problems = useMemo(
    () =>
      form.id || jsonOnly
        ? ((checkFormDocument(document) as { ok: boolean; problems?: { pointer: string; message: string }[] })
            .problems ?? [])
        : [],
    [document, form.id, jsonOnly],
  );
  const field = selected && findField(form, selected);

  const applyJson = (doc: FormDocument): string | undefined => {
    try {
      setForm(fromFormDocument(doc));
      setJsonOnly(undefined);
    } catch (err) {
      if (!(err instanceof Unsupported)) throw err;
      setJsonOnly(doc);
      message.warning(t('formDesigner.jsonOnly', { detail: err.message }));
    }
    setSelected(undefined);
    return undefined;
  };

  const publish = async () => {
    setPublishing(true);
    try {
      const published = await api.post<PublishedForm>('/api/forms', document);
      message.success(
        published.unchanged
          ? t('formDesigner.publishUnchanged', { version: published.version })
          : t('formDesigner.published', { id: published.id, version: published.version }),
      );
      navigate(`/forms/${published.id}`, { replace: true });
    } catch (err) {
      report(err, 'publishing the form');
    } finally {
      setPublishing(false);
    }
  };

  const side = [
    {
      key: 'properties',
      label: t('formDesigner.tabProperties'),
      children:
        field && selected ? (
          <FieldProperties
            form={form}
            field={field}
            path={selected}
            onChange={(patch) => {
              setForm(updateField(form, selected, patch));
              if (patch.key) setSelected([...selected.slice(0, -1), patch.key]);
            }}
            onAddChild={(kind) => {
              const r = addField(form, kind, selected);
              setForm(r.form);
              setSelected(r.path);
            }}
            onSelect={setSelected}
          />
        ) : (
          <FormMetaEditor form={form} idLocked={!!stored} onChange={(patch) => setForm({ ...form, ...patch })} />
        ),
    },
    { key: 'preview', label: t('formDesigner.tabPreview'), children: <FormPreview document={document} /> },
    { key: 'json', label: t('formDesigner.tabJson'), children: <JsonPanel document={document} onApply={applyJson} /> },
    {
      key: 'steps',
      label: t('formDesigner.tabSteps'),
      children: <StepPermissions form={form} onChange={(steps) => setForm({ ...form, steps })} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={form.title[locale] || stored?.id || t('formDesigner.newForm')}
        subtitle={
          stored ? <Tag color="blue">{`${stored.id} · v${stored.version}`}</Tag> : t('formDesigner.notPublished')
        }
        extra={
          <Button
            type="primary"
            icon={<CloudUploadOutlined />}
            loading={publishing}
            disabled={!document.schema.$id || problems.length > 0}
            onClick={() => void publish()}
            data-testid="publish-form"
          >
            {t('formDesigner.publish')}
          </Button>
        }
      />
      <FormProblems
        problems={problems}
        jsonOnlyReason={jsonOnly ? (start.reason ?? t('formDesigner.jsonOnlyShort')) : undefined}
      />
      <Row gutter={[16, 16]}>
        {!jsonOnly && (
          <Col xs={24} lg={5}>
            <FieldPalette
              onAdd={(kind) => {
                const r = addField(form, kind);
                setForm(r.form);
                setSelected(r.path);
                setTab('properties');
              }}
            />
          </Col>
        )}
        {!jsonOnly && (
          <Col xs={24} lg={9}>
            <FieldCanvas
              form={form}
              selected={selected}
              onSelect={(p) => {
                setSelected(p);
                setTab('properties');
              }}
              onMove={(p, d) => setForm(moveField(form, p, d))}
              onRemove={(p) => {
                setForm(removeField(form, p));
                setSelected(undefined);
              }}
            />
          </Col>
        )}
        <Col xs={24} lg={jsonOnly ? 24 : 10}>
          <Tabs
            activeKey={jsonOnly && tab !== 'preview' ? 'json' : tab}
            onChange={setTab}
            items={jsonOnly ? side.filter((s) => s.key === 'json' || s.key === 'preview') : side}
          />
        </Col>
      </Row>
    </>
  );
}
