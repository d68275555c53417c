import { Alert, Button } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { errorText } from './error-text';

/** A failed request, shown in place of the content it was loading; optionally with a retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const text = errorText(t, error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={text.title}
      description={text.detail}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
