/**
 * `ui:widget: attachment`: a string field with `format: attachment-id`. The file is uploaded
 * at once; the field holds the attachment id the server answers.
 */
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { WidgetProps } from '@rjsf/utils';
import { Button, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { acceptAttribute } from '../../../../engine/forms/index';
import { useI18n } from '../i18n/i18n-context';
import { useReportError } from '../shared/use-report-error';
import { attachmentUrl, uploadAttachment } from './upload-attachment';

export function AttachmentWidget({ id, value, onChange, disabled, readonly, schema }: WidgetProps) {
  const { t } = useI18n();
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const [filename, setFilename] = useState<string>();
  const accept = acceptAttribute(typeof schema.contentMediaType === 'string' ? schema.contentMediaType : undefined);
  const current = typeof value === 'string' && value ? value : undefined;

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const info = await uploadAttachment(file, file.name);
      setFilename(info.filename);
      onChange(info.id);
    } catch (err) {
      report(err, 'uploading an attachment');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={4} data-testid={`attachment-${id}`}>
      {current && (
        <Typography.Link
          href={attachmentUrl(current)}
          target="_blank"
          rel="noopener noreferrer"
          data-attachment-id={current}
        >
          <PaperClipOutlined /> {filename ?? t('form.attachment')}
        </Typography.Link>
      )}
      {!readonly && (
        <Upload
          id={id}
          accept={accept}
          showUploadList={false}
          disabled={disabled || busy}
          beforeUpload={(file) => {
            void upload(file);
            return false; // we upload ourselves, through the API client (CSRF header, error codes)
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy} disabled={disabled}>
            {current ? t('form.replaceFile') : t('form.chooseFile')}
          </Button>
        </Upload>
      )}
      {current && !readonly && !disabled && (
        <Button
          type="link"
          size="small"
          danger
          onClick={() => onChange(undefined)}
          style={{ alignSelf: 'flex-start', padding: 0 }}
        >
          {t('form.removeFile')}
        </Button>
      )}
    </Flex>
  );
}
