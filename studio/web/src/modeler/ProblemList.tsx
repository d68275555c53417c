/** The compile problems under the diagram; clicking one selects its element. */
import { CloseCircleTwoTone, WarningTwoTone } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useI18n } from '../i18n/i18n-context';

export interface Problem {
  code: string;
  message: string;
  elementId?: string;
  severity?: string;
  line?: number;
}

export function ProblemList({ problems, onSelect }: { problems: Problem[]; onSelect(id: string): void }) {
  const { t } = useI18n();
  if (problems.length === 0)
    return <Alert type="success" showIcon title={t('designer.noProblems')} data-testid="problems-none" />;
  const errors = problems.filter((p) => p.severity !== 'warning').length;
  return (
    <Card
      size="small"
      title={t('designer.problemCount', { errors, warnings: problems.length - errors })}
      data-testid="problem-list"
    >
      <Flex vertical gap={8}>
        {problems.map((p, i) => (
          <Flex key={`${p.code}-${p.elementId ?? ''}-${i}`} gap={8} align="flex-start" data-problem-code={p.code}>
            {p.severity === 'warning' ? (
              <WarningTwoTone twoToneColor="#faad14" />
            ) : (
              <CloseCircleTwoTone twoToneColor="#ff4d4f" />
            )}
            <div style={{ flex: 1, minWidth: 0 }}>
              <Typography.Text strong>{p.elementId ?? t('designer.wholeDiagram')}</Typography.Text>
              <div>
                {p.message} <Typography.Text type="secondary">({p.code})</Typography.Text>
              </div>
            </div>
            {p.elementId && (
              <Button size="small" type="link" onClick={() => onSelect(p.elementId!)}>
                {t('designer.showElement')}
              </Button>
            )}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
