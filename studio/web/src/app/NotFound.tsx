import { Button, Result } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { navigate } from './router';

export function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('error.pageNotFound')}
      extra={
        <Button type="primary" onClick={() => navigate('/inbox')}>
          {t('nav.inbox')}
        </Button>
      }
    />
  );
}
