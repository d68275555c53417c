/** The form's id (`<owner>/<name>`, fixed once published), title and description in both languages. */
import { Card, Form, Input } from 'antd';
import { FORM_ID_PATTERN } from '../../../../engine/forms/index';
import { useI18n } from '../i18n/i18n-context';
import type { DesignerForm } from './designer-model';
import { LocalizedInput } from './LocalizedInput';

export function FormMetaEditor({
  form,
  idLocked,
  onChange,
}: {
  form: DesignerForm;
  idLocked: boolean;
  onChange(patch: Partial<DesignerForm>): void;
}) {
  const { t } = useI18n();
  const idInvalid = form.id !== '' && !FORM_ID_PATTERN.test(form.id);
  return (
    <Card size="small" title={t('formDesigner.formSettings')} data-testid="form-settings">
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('formDesigner.formId')}
          extra={t('formDesigner.formIdHelp')}
          validateStatus={idInvalid ? 'error' : undefined}
          help={idInvalid ? t('formDesigner.formIdInvalid') : undefined}
        >
          <Input
            value={form.id}
            disabled={idLocked}
            placeholder="branch/document-check"
            onChange={(e) => onChange({ id: e.target.value.trim() })}
            data-testid="form-id"
          />
        </Form.Item>
        <Form.Item label={t('formDesigner.formTitle')}>
          <LocalizedInput value={form.title} onChange={(title) => onChange({ title })} testId="form-title" />
        </Form.Item>
        <Form.Item label={t('formDesigner.formDescription')}>
          <LocalizedInput value={form.description} onChange={(description) => onChange({ description })} multiline />
        </Form.Item>
      </Form>
    </Card>
  );
}
