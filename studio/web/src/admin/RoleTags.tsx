import { Space, Tag } from 'antd';
import { useI18n } from '../i18n/i18n-context';

const COLORS: Record<string, string> = { admin: 'red', owner: 'purple', staff: 'blue' };

/** Roles in the user's language: admin (管理员), owner (流程负责人), staff (员工). */
export function RoleTags({ roles }: { roles: string[] }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      {roles.map((r) => (
        <Tag key={r} color={COLORS[r]}>
          {r === 'admin' || r === 'owner' || r === 'staff' ? t(`role.${r}`) : r}
        </Tag>
      ))}
    </Space>
  );
}
