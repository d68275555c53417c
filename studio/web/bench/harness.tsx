/**
 * The browser benchmark's page (bench/browser/run.ts builds and drives it): opens the studio's
 * real modeler or renders a form with the studio's real renderer, then marks `ready`.
 * `?case=diagram` reads diagram.bpmn, `?case=form` reads form.json, next to this page.
 */
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { FormLocaleLabels, JsonSchema } from '../../../engine/forms/index';
import { FormRenderer } from '../src/forms-runtime/FormRenderer';
import { I18nProvider, useI18n } from '../src/i18n/i18n-context';
import { BpmnEditor } from '../src/modeler/BpmnEditor';

const ready = () => void requestAnimationFrame(() => performance.mark('ready'));

function Diagram({ xml }: { xml: string }) {
  const { t } = useI18n();
  return (
    <BpmnEditor
      xml={xml}
      studio={{ activities: [], forms: [], t, locale: 'en' }}
      onChanged={() => undefined}
      onImported={ready}
      onImportFailed={(err) => console.error(err)}
    />
  );
}

function Form({
  form,
}: {
  form: { schema: JsonSchema; uiSchema: Record<string, unknown>; labels: { en: FormLocaleLabels } };
}) {
  useEffect(ready, []);
  return <FormRenderer schema={form.schema} uiSchema={form.uiSchema} labels={form.labels.en} formData={{}} />;
}

async function main() {
  performance.mark('start'); // the bundle is loaded and evaluated
  const which = new URLSearchParams(location.search).get('case');
  const root = createRoot(document.getElementById('root')!);
  if (which === 'diagram') {
    const xml = await (await fetch('./diagram.bpmn')).text();
    root.render(
      <I18nProvider>
        <Diagram xml={xml} />
      </I18nProvider>,
    );
  } else if (which === 'form') {
    const form = await (await fetch('./form.json')).json();
    root.render(
      <I18nProvider>
        <Form form={form} />
      </I18nProvider>,
    );
  } else {
    throw new Error(`unknown case ${which}`);
  }
}

void main();
