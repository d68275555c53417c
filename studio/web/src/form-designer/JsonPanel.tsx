/**
 * The form document as JSON, both ways: it follows the designer, and JSON pasted or edited
 * here replaces the designer's form. A document the designer cannot show is kept as JSON.
 */
import { Alert, Button, Flex, Input } from 'antd';
import { useEffect, useState } from 'react';
import { checkFormDocument, type FormDocument } from '../../../../engine/forms/index';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  document: FormDocument;
  onApply(document: FormDocument): string | undefined;
}

export function JsonPanel({ document, onApply }: Props) {
  const { t } = useI18n();
  const rendered = JSON.stringify(document, null, 2);
  const [text, setText] = useState(rendered);
  const [error, setError] = useState<string>();
  const edited = text !== rendered;
  // Follow the designer unless the person is in the middle of editing the JSON.
  useEffect(() => {
    if (!edited) setText(rendered);
  }, [rendered]); // `edited` is read on purpose without re-running on it

  const apply = () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      setError(t('formDesigner.jsonSyntax', { detail: (err as Error).message }));
      return;
    }
    const checked = checkFormDocument(parsed);
    if (!checked.ok) {
      setError(
        checked.problems
          .slice(0, 5)
          .map((p) => `${p.pointer}: ${p.message}`)
          .join('\n'),
      );
      return;
    }
    const problem = onApply(checked.document);
    setError(problem);
    if (!problem) setText(JSON.stringify(checked.document, null, 2));
  };

  return (
    <Flex vertical gap={8} data-testid="json-panel">
      {error && (
        <Alert
          type="error"
          showIcon
          title={t('formDesigner.jsonRejected')}
          description={<pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{error}</pre>}
        />
      )}
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 16, maxRows: 40 }}
        spellCheck={false}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        data-testid="json-text"
      />
      <Flex gap={8}>
        <Button type="primary" disabled={!edited} onClick={apply} data-testid="json-apply">
          {t('formDesigner.jsonApply')}
        </Button>
        <Button disabled={!edited} onClick={() => (setText(rendered), setError(undefined))}>
          {t('formDesigner.jsonRevert')}
        </Button>
      </Flex>
    </Flex>
  );
}
