/**
 * 退回: sends the task back to an earlier step the process allows, with a reason for whoever
 * gets it. The steps come with the task; for a task that did not record them, the step's id is typed.
 */
import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { TaskDetail } from '../api/types';
import { useI18n } from '../i18n/i18n-context';

interface Values {
  to: string;
  reason?: string;
}

export function SendBackModal({
  open,
  targets,
  onCancel,
  onOk,
}: {
  open: boolean;
  /** The steps the model allows; null when unknown (the id is typed instead). */
  targets: TaskDetail['sendBackTargets'];
  onCancel(): void;
  onOk(values: Values): Promise<void>;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: Values) => {
    setBusy(true);
    try {
      await onOk({ to: values.to.trim(), ...(values.reason?.trim() && { reason: values.reason.trim() }) });
      form.resetFields();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('task.sendBack')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t('task.sendBack')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={targets?.length === 1 ? { to: targets[0]!.nodeId } : undefined}
      >
        {targets ? (
          <Form.Item
            name="to"
            label={t('task.sendBackTo')}
            extra={t('task.sendBackToPick')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              data-testid="send-back-to"
              options={targets.map((s) => ({ value: s.nodeId, label: s.name ?? s.nodeId }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="to"
            label={t('task.sendBackTo')}
            extra={t('task.sendBackToHelp')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input placeholder="UserTask_Review" autoFocus />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('task.reason')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
