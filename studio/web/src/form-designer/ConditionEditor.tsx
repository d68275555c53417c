/** Conditional visibility: show a field only while a choice or checkbox field has a value. */
import { Flex, Select, Switch } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import type { DesignerField, VisibleWhen } from './designer-model';

export function ConditionEditor({
  field,
  fields,
  onChange,
}: {
  field: DesignerField;
  fields: DesignerField[];
  onChange(v: VisibleWhen | undefined): void;
}) {
  const { t, locale } = useI18n();
  // A condition reads an unconditional select or checkbox: the if/then schema tests its value.
  const triggers = fields.filter(
    (f) => f.key !== field.key && !f.visibleWhen && (f.kind === 'select' || f.kind === 'checkbox'),
  );
  const current = field.visibleWhen;
  const trigger = triggers.find((f) => f.key === current?.field);
  return (
    <Flex vertical gap={8} data-testid="condition-editor">
      <Select
        allowClear
        placeholder={t('formDesigner.alwaysVisible')}
        value={current?.field}
        options={triggers.map((f) => ({ value: f.key, label: f.labels[locale] || f.key }))}
        onChange={(key?: string) => {
          const next = triggers.find((f) => f.key === key);
          onChange(
            next
              ? { field: next.key, equals: next.kind === 'checkbox' ? true : (next.options?.[0]?.value ?? '') }
              : undefined,
          );
        }}
        notFoundContent={t('formDesigner.noTriggers')}
      />
      {trigger?.kind === 'select' && (
        <Select
          value={String(current!.equals)}
          options={(trigger.options ?? []).map((o) => ({ value: o.value, label: o.labels[locale] || o.value }))}
          onChange={(value: string) => onChange({ field: trigger.key, equals: value })}
          prefix={t('formDesigner.equals')}
        />
      )}
      {trigger?.kind === 'checkbox' && (
        <Flex gap={8} align="center">
          {t('formDesigner.whenChecked')}
          <Switch checked={current!.equals === true} onChange={(v) => onChange({ field: trigger.key, equals: v })} />
        </Flex>
      )}
    </Flex>
  );
}
