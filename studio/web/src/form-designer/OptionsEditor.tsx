/** The choices of a select field: a stored value and a label in each language per option. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import type { FieldOption } from './designer-model';

export function OptionsEditor({
  options,
  onChange,
}: {
  options: FieldOption[];
  onChange(options: FieldOption[]): void;
}) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<FieldOption>) =>
    onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <Flex vertical gap={6} data-testid="options-editor">
      {options.map((o, i) => (
        <Flex key={i} gap={4} wrap>
          <Input
            style={{ flex: '1 1 80px' }}
            placeholder={t('formDesigner.optionValue')}
            value={o.value}
            onChange={(e) => set(i, { value: e.target.value })}
          />
          <Input
            style={{ flex: '1 1 90px' }}
            placeholder="中文"
            value={o.labels['zh-CN']}
            onChange={(e) => set(i, { labels: { ...o.labels, 'zh-CN': e.target.value } })}
          />
          <Input
            style={{ flex: '1 1 90px' }}
            placeholder="English"
            value={o.labels.en}
            onChange={(e) => set(i, { labels: { ...o.labels, en: e.target.value } })}
          />
          <Button
            icon={<DeleteOutlined />}
            danger
            type="text"
            aria-label={t('common.delete')}
            onClick={() => onChange(options.filter((_, j) => j !== i))}
          />
        </Flex>
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() =>
          onChange([
            ...options,
            {
              value: `option${options.length + 1}`,
              labels: { 'zh-CN': `选项 ${options.length + 1}`, en: `Option ${options.length + 1}` },
            },
          ])
        }
      >
        {t('formDesigner.addOption')}
      </Button>
    </Flex>
  );
}
