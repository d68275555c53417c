import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useAuth } from './auth-context';
import { Brand } from './Brand';
import { LanguageSwitcher } from './LanguageSwitcher';

interface Credentials {
  username: string;
  password: string;
}

/** Sign in with a username and password; the session cookie and CSRF token come back. */
export function LoginPage({ onSignedIn }: { onSignedIn(): void }) {
  const { t } = useI18n();
  const { login } = useAuth();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: Credentials) => {
    setBusy(true);
    setError(undefined);
    try {
      await login(values.username.trim(), values.password);
      onSignedIn();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f7fa' }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 24 }}>
          <Brand collapsed={false} compact />
          <LanguageSwitcher />
        </Flex>
        <Typography.Title level={4}>{t('auth.title')}</Typography.Title>
        {error !== undefined && <ErrorAlert error={error} />}
        <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false} name="login">
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, message: t('auth.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus autoCapitalize="none" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('auth.signIn')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
