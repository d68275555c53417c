/**
 * The studio: providers (language, antd theme and locale, session), the login gate and the
 * page for the current URL inside the app frame.
 */
import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { Suspense, useEffect } from 'react';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { AppLayout } from './AppLayout';
import { AuthProvider, useAuth } from './auth-context';
import { LoginPage } from './LoginPage';
import { NotFound } from './NotFound';
import { findRoute } from './routes';
import { navigate, useLocation } from './router';

export function App() {
  return (
    <I18nProvider>
      <Themed>
        <AuthProvider>
          <Routed />
        </AuthProvider>
      </Themed>
    </I18nProvider>
  );
}

function Themed({ children }: { children: React.ReactNode }) {
  const { locale } = useI18n();
  return (
    <ConfigProvider
      locale={locale === 'zh-CN' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

const pageLoading = <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;

function Routed() {
  const { user, hasRole } = useAuth();
  const { t } = useI18n();
  const { pathname, search } = useLocation();

  useEffect(() => {
    if (user && (pathname === '/' || pathname === '/login'))
      navigate(search.get('next') ?? '/inbox', { replace: true });
  }, [user, pathname, search]);

  if (user === undefined) return pageLoading;
  if (user === null) {
    const next = pathname === '/login' || pathname === '/' ? undefined : pathname + location.search;
    return <LoginPage onSignedIn={() => navigate(next ?? '/inbox', { replace: true })} />;
  }
  const found = findRoute(pathname);
  const allowed = found && (!found.route.roles || hasRole(...found.route.roles));
  return (
    <AppLayout active={found?.route.nav ?? ''} pathname={pathname}>
      <Suspense fallback={pageLoading}>
        {!found ? (
          <NotFound />
        ) : !allowed ? (
          <Result status="403" title={t('error.forbiddenPage')} />
        ) : (
          <found.route.page params={found.params} />
        )}
      </Suspense>
    </AppLayout>
  );
}
