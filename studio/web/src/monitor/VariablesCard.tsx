/** The instance's variables (those the user may see), as a table of names and values. */
import { Card, Empty, Table } from 'antd';
import { useI18n } from '../i18n/i18n-context';

export function VariablesCard({ variables }: { variables: Record<string, unknown> }) {
  const { t } = useI18n();
  const rows = Object.entries(variables).map(([name, value]) => ({
    name,
    value: typeof value === 'string' ? value : JSON.stringify(value),
  }));
  return (
    <Card size="small" title={t('monitor.variables')} data-testid="variables">
      {rows.length === 0 ? (
        <Empty description={t('monitor.noVariables')} />
      ) : (
        <Table
          size="small"
          rowKey="name"
          pagination={false}
          dataSource={rows}
          scroll={{ x: 360 }}
          columns={[
            { title: t('monitor.variable'), dataIndex: 'name', width: 160 },
            {
              title: t('monitor.value'),
              dataIndex: 'value',
              render: (v: string) => <code style={{ wordBreak: 'break-all' }}>{v}</code>,
            },
          ]}
        />
      )}
    </Card>
  );
}
