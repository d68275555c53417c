/**
 * The frame of every signed-in page: a collapsible side menu on desktops, a header button
 * that opens the menu in a drawer on phones, the language switcher and the user menu.
 */
import { MenuOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Layout, Menu } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import type { InboxCounts } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { usePhone } from '../shared/use-phone';
import { useAuth } from './auth-context';
import { Brand } from './Brand';
import { LanguageSwitcher } from './LanguageSwitcher';
import { menuItems } from './nav-items';
import { navigate } from './router';
import { UserMenu } from './UserMenu';

export function AppLayout({ active, pathname, children }: { active: string; pathname: string; children: ReactNode }) {
  const { t } = useI18n();
  const { hasRole } = useAuth();
  const phone = usePhone();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [open, setOpen] = useState<number | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    api
      .get<InboxCounts>('/api/tasks/counts', { signal: controller.signal })
      .then((c) => setOpen(c.mine + c.groups))
      .catch(() => setOpen(undefined)); // the badge is a convenience; the inbox page shows real errors
    return () => controller.abort();
  }, [pathname]);

  const badge = (path: string) =>
    path === '/inbox' && open ? <Badge count={open} size="small" offset={[6, -2]} data-testid="inbox-count" /> : null;
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[active]}
      items={menuItems(hasRole, t, badge)}
      onClick={({ key }) => {
        setDrawerOpen(false);
        navigate(key);
      }}
      style={{ borderInlineEnd: 0 }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!phone && (
        <Layout.Sider
          theme="light"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={220}
          breakpoint="lg"
          style={{ borderInlineEnd: '1px solid #f0f0f0' }}
        >
          <Brand collapsed={collapsed} />
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: phone ? '0 8px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            gap: phone ? 8 : 12,
            borderBottom: '1px solid #f0f0f0',
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          {phone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('nav.openMenu')}
              onClick={() => setDrawerOpen(true)}
            />
          )}
          {phone && <Brand collapsed={false} compact />}
          <div style={{ flex: 1 }} />
          <LanguageSwitcher />
          <UserMenu />
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>{children}</Layout.Content>
      </Layout>
      {phone && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          title={<Brand collapsed={false} compact />}
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      )}
    </Layout>
  );
}
