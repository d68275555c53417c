/**
 * `ui:widget: attachment`: a string field with `format: attachment-id`. The file is uploaded
 * at once; the field holds the attachment id the server answers. Images show a small
 * thumbnail (the file itself, from GET /api/attachments/:id) next to their name.
 */
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { WidgetProps } from '@rjsf/utils';
import { Button, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { acceptAttribute } from '../../../../engine/forms/index';
import type { AttachmentInfo } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { useReportError } from '../shared/use-report-error';
import { attachmentUrl, uploadAttachment } from './upload-attachment';

export function AttachmentWidget({ id, value, onChange, disabled, readonly, schema }: WidgetProps) {
  const { t } = useI18n();
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  // What the server answered for the file this widget uploaded; a value from earlier steps has none.
  const [uploaded, setUploaded] = useState<AttachmentInfo>();
  const mediaType = typeof schema.contentMediaType === 'string' ? schema.contentMediaType : undefined;
  const accept = acceptAttribute(mediaType);
  const current = typeof value === 'string' && value ? value : undefined;
  const info = uploaded && uploaded.id === current ? uploaded : undefined;
  // An image when the server said so, or when the field takes images only.
  const image = (info?.mediaType ?? mediaType ?? '').startsWith('image/');
  const name = info?.filename ?? t('form.attachment');

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const answer = await uploadAttachment(file, file.name);
      setUploaded(answer);
      onChange(answer.id);
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
          {image ? (
            <Flex align="center" gap={8}>
              <img
                src={attachmentUrl(current)}
                alt={name}
                width={64}
                height={64}
                data-testid="attachment-thumbnail"
                style={{ objectFit: 'cover', border: '1px solid #d9d9d9', borderRadius: 6, background: '#fff' }}
              />
              <span style={{ wordBreak: 'break-all' }}>{name}</span>
            </Flex>
          ) : (
            <>
              <PaperClipOutlined /> {name}
            </>
          )}
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
