/** The columns of a table or the fields of a section: pick one to edit, add another kind. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Tag } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { NESTED_KINDS, type DesignerField } from './designer-model';
import type { FieldPath } from './designer-ops';
import { FIELD_ICONS } from './field-icons';

export function NestedFields({
  field,
  path,
  onAdd,
  onSelect,
}: {
  field: DesignerField;
  path: FieldPath;
  onAdd(kind: DesignerField['kind']): void;
  onSelect(path: FieldPath): void;
}) {
  const { t, locale } = useI18n();
  return (
    <Flex wrap gap={6} align="center">
      {(field.children ?? []).map((c) => (
        <Tag
          key={c.key}
          icon={FIELD_ICONS[c.kind]}
          style={{ cursor: 'pointer' }}
          onClick={() => onSelect([...path, c.key])}
        >
          {c.labels[locale] || c.key}
        </Tag>
      ))}
      <Dropdown
        trigger={['click']}
        menu={{
          items: NESTED_KINDS.map((k) => ({ key: k, icon: FIELD_ICONS[k], label: t(`fieldKind.${k}`) })),
          onClick: ({ key }) => onAdd(key as DesignerField['kind']),
        }}
      >
        <Button size="small" icon={<PlusOutlined />}>
          {t('formDesigner.addNested')}
        </Button>
      </Dropdown>
    </Flex>
  );
}
