/**
 * The form as a list of fields (columns and section fields indented under their parent).
 * Clicking a field selects it for the properties editor; arrows reorder, the bin removes.
 */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EyeInvisibleOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Tooltip, Typography } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import type { DesignerField, DesignerForm } from './designer-model';
import type { FieldPath } from './designer-ops';
import { FIELD_ICONS } from './field-icons';

interface Props {
  form: DesignerForm;
  selected: FieldPath | undefined;
  onSelect(path: FieldPath | undefined): void;
  onMove(path: FieldPath, delta: -1 | 1): void;
  onRemove(path: FieldPath): void;
}

export function FieldCanvas({ form, selected, onSelect, onMove, onRemove }: Props) {
  const { t, locale } = useI18n();
  const isSelected = (path: FieldPath) => selected?.join('/') === path.join('/');

  const row = (field: DesignerField, path: FieldPath, depth: number) => (
    <div key={path.join('/')}>
      <Flex
        align="center"
        gap={8}
        onClick={(e) => (e.stopPropagation(), onSelect(path))}
        data-testid={`field-${path.join('.')}`}
        style={{
          padding: '8px 10px',
          marginInlineStart: depth * 20,
          borderRadius: 6,
          cursor: 'pointer',
          border: `1px solid ${isSelected(path) ? '#1677ff' : '#f0f0f0'}`,
          background: isSelected(path) ? '#e6f4ff' : '#fff',
        }}
      >
        {FIELD_ICONS[field.kind]}
        <div style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text ellipsis>
            {field.labels[locale] || field.key}
            {field.required && <span style={{ color: '#ff4d4f' }}> *</span>}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {field.key} · {t(`fieldKind.${field.kind}`)}
            </Typography.Text>
            {field.visibleWhen && (
              <Tooltip
                title={t('formDesigner.visibleWhenShort', {
                  field: field.visibleWhen.field,
                  value: String(field.visibleWhen.equals),
                })}
              >
                <Tag icon={<EyeInvisibleOutlined />} style={{ marginInlineStart: 6 }}>
                  {t('formDesigner.conditional')}
                </Tag>
              </Tooltip>
            )}
          </div>
        </div>
        <Button
          size="small"
          type="text"
          icon={<ArrowUpOutlined />}
          aria-label={t('formDesigner.moveUp')}
          onClick={(e) => (e.stopPropagation(), onMove(path, -1))}
        />
        <Button
          size="small"
          type="text"
          icon={<ArrowDownOutlined />}
          aria-label={t('formDesigner.moveDown')}
          onClick={(e) => (e.stopPropagation(), onMove(path, 1))}
        />
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('common.delete')}
          onClick={(e) => (e.stopPropagation(), onRemove(path))}
        />
      </Flex>
      {field.children && (
        <Flex vertical gap={6} style={{ marginTop: 6 }}>
          {field.children.map((c) => row(c, [...path, c.key], depth + 1))}
        </Flex>
      )}
    </div>
  );

  return (
    <Card
      size="small"
      title={form.title[locale] || t('formDesigner.untitled')}
      extra={
        <Button size="small" onClick={() => onSelect(undefined)}>
          {t('formDesigner.formSettings')}
        </Button>
      }
      data-testid="field-canvas"
    >
      {form.fields.length === 0 ? (
        <Empty description={t('formDesigner.emptyForm')} />
      ) : (
        <Flex vertical gap={6}>
          {form.fields.map((f) => row(f, [f.key], 0))}
        </Flex>
      )}
    </Card>
  );
}
