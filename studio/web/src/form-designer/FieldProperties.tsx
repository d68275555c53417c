/**
 * Properties of the selected field: key, labels and help in both languages, required, the
 * settings of its kind, its columns or section fields, and conditional visibility.
 */
import { Card, Checkbox, Form, Input, InputNumber } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { ConditionEditor } from './ConditionEditor';
import { FIELD_KEY_PATTERN, type DesignerField, type DesignerForm } from './designer-model';
import type { FieldPath } from './designer-ops';
import { LocalizedInput } from './LocalizedInput';
import { NestedFields } from './NestedFields';
import { OptionsEditor } from './OptionsEditor';

interface Props {
  form: DesignerForm;
  field: DesignerField;
  path: FieldPath;
  onChange(patch: Partial<DesignerField>): void;
  onAddChild(kind: DesignerField['kind']): void;
  onSelect(path: FieldPath): void;
}

const numberOrUndefined = (v: number | null) => (v === null ? undefined : v);

export function FieldProperties({ form, field, path, onChange, onAddChild, onSelect }: Props) {
  const { t } = useI18n();
  const keyTaken =
    (form.fields.some((f) => f.key === field.key && f !== field) && path.length === 1) ||
    !FIELD_KEY_PATTERN.test(field.key);
  return (
    <Card
      size="small"
      title={t('formDesigner.fieldProperties', { kind: t(`fieldKind.${field.kind}`) })}
      data-testid="field-properties"
    >
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('formDesigner.key')}
          extra={t('formDesigner.keyHelp')}
          validateStatus={keyTaken ? 'error' : undefined}
          help={keyTaken ? t('formDesigner.keyInvalid') : undefined}
        >
          <Input value={field.key} onChange={(e) => onChange({ key: e.target.value.trim() })} data-testid="prop-key" />
        </Form.Item>
        <Form.Item label={t('formDesigner.label')}>
          <LocalizedInput value={field.labels} onChange={(labels) => onChange({ labels })} testId="prop-label" />
        </Form.Item>
        <Form.Item label={t('formDesigner.help')}>
          <LocalizedInput
            value={field.help ?? { 'zh-CN': '', en: '' }}
            onChange={(help) => onChange({ help })}
            testId="prop-help"
          />
        </Form.Item>
        <Form.Item>
          <Checkbox
            checked={field.required}
            onChange={(e) => onChange({ required: e.target.checked })}
            data-testid="prop-required"
          >
            {t('formDesigner.required')}
          </Checkbox>
        </Form.Item>
        {field.kind === 'text' && (
          <>
            <Checkbox checked={field.multiline} onChange={(e) => onChange({ multiline: e.target.checked })}>
              {t('formDesigner.multiline')}
            </Checkbox>
            <Form.Item label={t('formDesigner.lengthRange')} style={{ marginTop: 12 }}>
              <InputNumber
                min={0}
                placeholder={t('formDesigner.min')}
                value={field.minLength}
                onChange={(v) => onChange({ minLength: numberOrUndefined(v) })}
              />{' '}
              <InputNumber
                min={1}
                placeholder={t('formDesigner.max')}
                value={field.maxLength}
                onChange={(v) => onChange({ maxLength: numberOrUndefined(v) })}
              />
            </Form.Item>
          </>
        )}
        {field.kind === 'number' && (
          <>
            <Checkbox checked={field.integer} onChange={(e) => onChange({ integer: e.target.checked })}>
              {t('formDesigner.integer')}
            </Checkbox>
            <Form.Item label={t('formDesigner.valueRange')} style={{ marginTop: 12 }}>
              <InputNumber
                placeholder={t('formDesigner.min')}
                value={field.minimum}
                onChange={(v) => onChange({ minimum: numberOrUndefined(v) })}
              />{' '}
              <InputNumber
                placeholder={t('formDesigner.max')}
                value={field.maximum}
                onChange={(v) => onChange({ maximum: numberOrUndefined(v) })}
              />
            </Form.Item>
          </>
        )}
        {field.kind === 'date' && (
          <Form.Item>
            <Checkbox checked={field.withTime} onChange={(e) => onChange({ withTime: e.target.checked })}>
              {t('formDesigner.withTime')}
            </Checkbox>
          </Form.Item>
        )}
        {field.kind === 'select' && (
          <Form.Item label={t('formDesigner.options')}>
            <OptionsEditor options={field.options ?? []} onChange={(options) => onChange({ options })} />
          </Form.Item>
        )}
        {field.kind === 'attachment' && (
          <Form.Item>
            <Checkbox checked={field.imagesOnly} onChange={(e) => onChange({ imagesOnly: e.target.checked })}>
              {t('formDesigner.imagesOnly')}
            </Checkbox>
            <Checkbox checked={field.multiple} onChange={(e) => onChange({ multiple: e.target.checked })}>
              {t('formDesigner.multipleFiles')}
            </Checkbox>
          </Form.Item>
        )}
        {(field.kind === 'table' || (field.kind === 'attachment' && field.multiple)) && (
          <Form.Item label={t('formDesigner.maxItems')}>
            <InputNumber
              min={1}
              value={field.maxItems}
              onChange={(v) => onChange({ maxItems: numberOrUndefined(v) })}
            />
          </Form.Item>
        )}
        {field.children && (
          <Form.Item label={field.kind === 'table' ? t('formDesigner.columns') : t('formDesigner.sectionFields')}>
            <NestedFields field={field} path={path} onAdd={onAddChild} onSelect={onSelect} />
          </Form.Item>
        )}
        {path.length === 1 && (
          <Form.Item label={t('formDesigner.visibility')} extra={t('formDesigner.visibilityHelp')}>
            <ConditionEditor field={field} fields={form.fields} onChange={(visibleWhen) => onChange({ visibleWhen })} />
          </Form.Item>
        )}
      </Form>
    </Card>
  );
}
