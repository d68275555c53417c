/**
 * `ui:widget: signature`: draw with a finger or mouse; "Use signature" uploads the drawing as
 * a PNG attachment and the field keeps its id.
 */
import type { WidgetProps } from '@rjsf/utils';
import { Button, Flex, Image } from 'antd';
import { useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useReportError } from '../shared/use-report-error';
import { SignaturePad, type SignaturePadHandle } from './SignaturePad';
import { attachmentUrl, uploadAttachment } from './upload-attachment';

export function SignatureWidget({ id, value, onChange, disabled, readonly }: WidgetProps) {
  const { t } = useI18n();
  const report = useReportError();
  const pad = useRef<SignaturePadHandle>(null);
  const [busy, setBusy] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const current = typeof value === 'string' && value ? value : undefined;

  const save = async () => {
    const blob = await pad.current?.toPng();
    if (!blob) return;
    setBusy(true);
    try {
      const info = await uploadAttachment(blob, 'signature.png');
      onChange(info.id);
    } catch (err) {
      report(err, 'uploading a signature');
    } finally {
      setBusy(false);
    }
  };

  if (current) {
    return (
      <Flex vertical gap={4} data-testid={`signature-${id}`}>
        <Image
          src={attachmentUrl(current)}
          alt={t('form.signature')}
          width={240}
          preview={false}
          style={{ border: '1px solid #d9d9d9', borderRadius: 6 }}
        />
        {!readonly && !disabled && (
          <Button size="small" onClick={() => onChange(undefined)} style={{ alignSelf: 'flex-start' }}>
            {t('form.signAgain')}
          </Button>
        )}
      </Flex>
    );
  }
  if (readonly) return <span>—</span>;
  return (
    <Flex vertical gap={8} data-testid={`signature-${id}`}>
      <SignaturePad ref={pad} disabled={disabled || busy} onDraw={() => setDrawn(true)} label={t('form.signHere')} />
      <Flex gap={8}>
        <Button size="small" onClick={() => (pad.current?.clear(), setDrawn(false))} disabled={!drawn || busy}>
          {t('form.clear')}
        </Button>
        <Button size="small" type="primary" onClick={() => void save()} disabled={!drawn} loading={busy}>
          {t('form.useSignature')}
        </Button>
      </Flex>
    </Flex>
  );
}
