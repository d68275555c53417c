/**
 * The live preview: the form as staff will see it, in the current language, rendered by rjsf
 * with the server's validator. "Check" validates what was typed, as completing a task would.
 */
import type Form from '@rjsf/core';
import { Alert, Button, Flex, Select } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { compileForm, formViewForStep, type FormDocument } from '../../../../engine/forms/index';
import { FormRenderer } from '../forms-runtime/FormRenderer';
import { useI18n } from '../i18n/i18n-context';

export function FormPreview({ document }: { document: FormDocument }) {
  const { t, locale } = useI18n();
  const [data, setData] = useState<Record<string, unknown>>({});
  const [step, setStep] = useState<string>();
  const [valid, setValid] = useState<boolean>();
  const ref = useRef<Form>(null);
  const projected = useMemo(() => {
    try {
      // The same projection the server applies for a step: hidden fields gone, read-only marked.
      return { view: formViewForStep(compileForm(document), step, {}, locale) };
    } catch (err) {
      return { error: err as Error };
    }
  }, [document, step, locale]);
  if (!projected.view)
    return (
      <Alert
        type="warning"
        showIcon
        title={t('formDesigner.previewUnavailable')}
        description={projected.error?.message}
      />
    );
  const view = projected.view;
  const steps = Object.keys(document.steps ?? {});
  return (
    <Flex vertical gap={12} data-testid="form-preview">
      {steps.length > 0 && (
        <Select
          allowClear
          placeholder={t('formDesigner.previewAsStep')}
          value={step}
          onChange={setStep}
          options={steps.map((s) => ({ value: s, label: s }))}
        />
      )}
      <FormRenderer
        schema={view.schema}
        uiSchema={view.uiSchema}
        labels={view.labels}
        formData={data}
        onChange={setData}
        formRef={ref}
        onSubmit={() => setValid(true)}
      >
        <Flex gap={8} align="center">
          <Button htmlType="submit" onClick={() => setValid(false)} data-testid="preview-check">
            {t('formDesigner.previewCheck')}
          </Button>
          <Button onClick={() => (setData({}), setValid(undefined))}>{t('formDesigner.previewReset')}</Button>
          {valid === true && (
            <Alert type="success" showIcon title={t('formDesigner.previewValid')} style={{ padding: '2px 8px' }} />
          )}
        </Flex>
      </FormRenderer>
    </Flex>
  );
}
