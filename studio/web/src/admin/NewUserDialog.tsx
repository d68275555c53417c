/** Creates a user: username, display name, initial password, roles, groups and supervisor. */
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { Group } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useApi } from '../shared/use-api';

interface Values {
  username: string;
  displayName: string;
  password: string;
  roles: string[];
  groups?: string[];
  supervisor?: string;
}

export function NewUserDialog({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const groups = useApi((signal) => api.get<Group[]>('/api/groups', { signal }), [open]);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      await api.post('/api/users', {
        ...values,
        supervisor: values.supervisor || undefined,
        groups: values.groups?.length ? values.groups : undefined,
      });
      message.success(t('admin.userCreated', { user: values.username }));
      form.resetFields();
      onCreated();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('admin.newUser')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      {error !== undefined && <ErrorAlert error={error} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ roles: ['staff'] }}>
        <Form.Item
          name="username"
          label={t('admin.username')}
          rules={[{ required: true, pattern: /^[\w.@-]{1,100}$/, message: t('admin.usernameInvalid') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('admin.displayName')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('admin.password')}
          rules={[{ required: true, min: 8, message: t('admin.passwordInvalid') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="roles" label={t('admin.roles')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            mode="multiple"
            options={(['staff', 'owner', 'admin'] as const).map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="groups" label={t('admin.groups')}>
          <Select mode="multiple" options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))} />
        </Form.Item>
        <Form.Item name="supervisor" label={t('admin.supervisor')} extra={t('admin.supervisorHelp')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
