import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { usePhone } from '../shared/use-phone';
import { useAuth } from './auth-context';
import { navigate } from './router';

/** The signed-in user's name and roles, and sign out. */
export function UserMenu() {
  const { t } = useI18n();
  const { user, logout } = useAuth();
  const phone = usePhone();
  if (!user) return null;
  const roles = user.roles.map((r) => t(`role.${r}`)).join(', ');
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', label: `${user.displayName} · ${roles}`, disabled: true },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'logout') void logout().then(() => navigate('/login'));
        },
      }}
    >
      <Button type="text" data-testid="user-menu" icon={<Avatar size="small" icon={<UserOutlined />} />}>
        {!phone && user.displayName}
      </Button>
    </Dropdown>
  );
}
