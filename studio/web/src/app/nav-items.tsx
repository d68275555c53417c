/** The main menu, filtered by the user's roles. */
import {
  AppstoreOutlined,
  DashboardOutlined,
  FormOutlined,
  InboxOutlined,
  NodeIndexOutlined,
  PlayCircleOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';
import type { Role } from '../api/types';
import type { MessageKey } from '../i18n/catalogs';

interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  roles?: Role[];
}

const items: NavItem[] = [
  { path: '/inbox', label: 'nav.inbox', icon: <InboxOutlined /> },
  { path: '/start', label: 'nav.start', icon: <PlayCircleOutlined /> },
  { path: '/processes', label: 'nav.processes', icon: <NodeIndexOutlined />, roles: ['owner'] },
  { path: '/forms', label: 'nav.forms', icon: <FormOutlined />, roles: ['owner'] },
  { path: '/monitor', label: 'nav.monitor', icon: <DashboardOutlined /> },
  { path: '/catalog', label: 'nav.catalog', icon: <AppstoreOutlined />, roles: ['owner'] },
  { path: '/admin/users', label: 'nav.users', icon: <UserOutlined />, roles: ['admin'] },
  { path: '/admin/groups', label: 'nav.groups', icon: <TeamOutlined />, roles: ['admin'] },
];

export function menuItems(
  hasRole: (...roles: Role[]) => boolean,
  t: (key: MessageKey) => string,
  badge: (path: string) => ReactNode,
): NonNullable<MenuProps['items']> {
  return items
    .filter((i) => !i.roles || hasRole(...i.roles))
    .map((i) => ({
      key: i.path,
      icon: i.icon,
      label: (
        <span data-nav={i.path}>
          {t(i.label)}
          {badge(i.path)}
        </span>
      ),
    }));
}
