/** Values from earlier steps that reach this task (its input mappings) but are not fields of its form. */
import { Card, Descriptions, Typography } from 'antd';
import { useI18n } from '../i18n/i18n-context';

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export function EarlierData({ input, formFields }: { input: Record<string, unknown>; formFields: string[] }) {
  const { t } = useI18n();
  const entries = Object.entries(input).filter(([k]) => !formFields.includes(k));
  if (entries.length === 0) return null;
  return (
    <Card size="small" title={t('task.earlierData')} style={{ marginBottom: 16 }} data-testid="earlier-data">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={entries.map(([k, v]) => ({
          key: k,
          label: k,
          children: <Typography.Text style={{ wordBreak: 'break-word' }}>{show(v)}</Typography.Text>,
        }))}
      />
    </Card>
  );
}
