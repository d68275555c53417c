import { Segmented } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import type { Locale } from '../i18n/catalogs';

/** 中文 / EN: switches every string, the antd components and the labels of forms. */
export function LanguageSwitcher() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('app.language')}
      value={locale}
      onChange={setLocale}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'EN', value: 'en' },
      ]}
      data-testid="language-switcher"
    />
  );
}
