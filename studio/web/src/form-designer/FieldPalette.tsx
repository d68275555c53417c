/** The palette: one button per field kind; a click adds that field at the end of the form. */
import { Button, Card, Flex } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { FIELD_KINDS, type FieldKind } from './designer-model';
import { FIELD_ICONS } from './field-icons';

export function FieldPalette({ onAdd }: { onAdd(kind: FieldKind): void }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('formDesigner.palette')} data-testid="field-palette">
      <Flex wrap gap={8}>
        {FIELD_KINDS.map((kind) => (
          <Button
            key={kind}
            icon={FIELD_ICONS[kind]}
            onClick={() => onAdd(kind)}
            data-testid={`palette-${kind}`}
            style={{ flex: '1 1 120px', justifyContent: 'flex-start' }}
          >
            {t(`fieldKind.${kind}`)}
          </Button>
        ))}
      </Flex>
    </Card>
  );
}
