/** Creates a group: id (used in candidateGroups), name, kind, parent and head. */
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../shared/ErrorAlert';

interface Values {
  id: string;
  name: string;
  kind?: string;
  parentId?: string;
  head?: string;
}

export function NewGroupDialog({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      const body = Object.fromEntries(
        Object.entries(values).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
      );
      await api.post('/api/groups', body);
      message.success(t('admin.groupCreated', { group: values.name }));
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
      title={t('admin.newGroup')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      {error !== undefined && <ErrorAlert error={error} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="id"
          label={t('admin.groupId')}
          extra={t('admin.groupIdHelp')}
          rules={[{ required: true, pattern: /^[\w.-]{1,100}$/, message: t('admin.groupIdInvalid') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('admin.groupName')} rules={[{ required: true, message: t('common.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('admin.groupKind')}>
          <Input placeholder="branch / store / team" />
        </Form.Item>
        <Form.Item name="parentId" label={t('admin.parentGroup')}>
          <Input />
        </Form.Item>
        <Form.Item name="head" label={t('admin.groupHead')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
