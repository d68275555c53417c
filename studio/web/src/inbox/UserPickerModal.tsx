/** Asks for usernames: one for transfer and delegate, several for CC. */
import { Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  open: boolean;
  title: string;
  multiple?: boolean;
  onCancel(): void;
  onOk(users: string[]): Promise<void>;
}

export function UserPickerModal({ open, title, multiple, onCancel, onOk }: Props) {
  const { t } = useI18n();
  const [users, setUsers] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    setBusy(true);
    try {
      await onOk(users);
      setUsers([]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      onOk={() => void ok()}
      okButtonProps={{ disabled: users.length === 0, loading: busy }}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      {multiple ? (
        <Select
          mode="tags"
          style={{ width: '100%' }}
          placeholder={t('task.usernames')}
          value={users}
          onChange={setUsers}
          open={false}
        />
      ) : (
        <Input
          placeholder={t('task.username')}
          value={users[0] ?? ''}
          onChange={(e) => setUsers(e.target.value.trim() ? [e.target.value.trim()] : [])}
          autoFocus
        />
      )}
    </Modal>
  );
}
