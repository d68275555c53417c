import { Form, Input, Modal } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { PROCESS_KEY_PATTERN } from './new-diagram';

interface Values {
  key: string;
  name: string;
}

/** Asks for the key (the BPMN process id, used in URLs and the API) and name of a new process. */
export function NewProcessDialog({
  open,
  onCancel,
  onCreate,
}: {
  open: boolean;
  onCancel(): void;
  onCreate(values: Values): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  return (
    <Modal
      open={open}
      title={t('designer.newProcess')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onCreate} preserve={false}>
        <Form.Item
          name="name"
          label={t('designer.processName')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item
          name="key"
          label={t('designer.processKey')}
          extra={t('designer.processKeyHelp')}
          rules={[
            { required: true, message: t('common.required') },
            { pattern: PROCESS_KEY_PATTERN, message: t('designer.processKeyInvalid') },
          ]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
