import { Input, Space } from 'antd';
import type { Localized } from './designer-model';

/** One text in both languages the platform speaks; forms carry labels in zh-CN and en. */
export function LocalizedInput({
  value,
  onChange,
  testId,
  multiline,
}: {
  value: Localized;
  onChange(v: Localized): void;
  testId?: string;
  multiline?: boolean;
}) {
  const Field = multiline ? Input.TextArea : Input;
  return (
    <Space.Compact orientation="vertical" style={{ width: '100%' }}>
      <Field
        prefix={multiline ? undefined : '中'}
        placeholder="中文"
        value={value['zh-CN']}
        onChange={(e) => onChange({ ...value, 'zh-CN': e.target.value })}
        data-testid={testId && `${testId}-zh`}
      />
      <Field
        prefix={multiline ? undefined : 'EN'}
        placeholder="English"
        value={value.en}
        onChange={(e) => onChange({ ...value, en: e.target.value })}
        data-testid={testId && `${testId}-en`}
      />
    </Space.Compact>
  );
}
