import { Typography } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { Link } from './router';

/** The product name in the menu or the phone header; links to the inbox. */
export function Brand({ collapsed, compact }: { collapsed: boolean; compact?: boolean }) {
  const { t } = useI18n();
  return (
    <Link
      to="/inbox"
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        padding: compact ? 0 : '16px 20px',
        color: 'inherit',
        minWidth: 0,
      }}
    >
      <svg width="24" height="24" viewBox="0 0 16 16" aria-hidden="true">
        <rect width="16" height="16" rx="3" fill="#1677ff" />
        <path d="M4 4h5a3 3 0 0 1 0 6H6v2H4z" fill="#fff" />
      </svg>
      {!collapsed && (
        <Typography.Text strong ellipsis style={{ fontSize: 16, maxWidth: compact ? '32vw' : undefined }}>
          {t('app.name')}
        </Typography.Text>
      )}
    </Link>
  );
}
