/** What stops the form from being published, from the platform's publish checks, live. */
import { Alert } from 'antd';
import { useI18n } from '../i18n/i18n-context';

export function FormProblems({
  problems,
  jsonOnlyReason,
}: {
  problems: Array<{ pointer: string; message: string }>;
  jsonOnlyReason?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      {jsonOnlyReason && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('formDesigner.jsonOnlyShort')}
          description={jsonOnlyReason}
        />
      )}
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="form-problems"
          title={t('formDesigner.problems', { count: problems.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problems.slice(0, 6).map((p, i) => (
                <li key={i}>
                  <code>{p.pointer || '/'}</code> {p.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </>
  );
}
