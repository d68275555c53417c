/**
 * Renders a form (schema + uiSchema + labels of one language) with rjsf and the platform's
 * validator. Used by the task page, the start page and the form designer's live preview.
 */
import type Form from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
import { Typography } from 'antd';
import { useMemo, useRef, type ReactNode, type Ref } from 'react';
import type { FormLocaleLabels, JsonSchema } from '../../../../engine/forms/index';
import { useI18n } from '../i18n/i18n-context';
import { createFormValidator } from './form-validator';
import { localizeUiSchema } from './localize-ui-schema';
import { toErrorSchema } from './server-errors';
import { ThemedForm } from './themed-form';
import { rjsfTranslator } from './translate-rjsf';

export type FormData = Record<string, unknown>;

export interface FormRendererProps {
  schema: JsonSchema;
  uiSchema?: Record<string, unknown>;
  labels?: FormLocaleLabels;
  formData: FormData;
  onChange?(data: FormData): void;
  onSubmit?(data: FormData): void;
  readonly?: boolean;
  /** Errors the server answered, shown under their fields. */
  serverErrors?: Array<{ pointer: string; message: string }>;
  formRef?: Ref<Form>;
  /** Replaces rjsf's submit button; pass an empty fragment for none. */
  children?: ReactNode;
  liveValidate?: boolean;
}

export function FormRenderer(props: FormRendererProps) {
  const { locale } = useI18n();
  const data = useRef(props.formData);
  data.current = props.formData;
  // rjsf's validator caches compiled schemas by $id; the id names the form, not this revision.
  // The root's title and description are the schema's English annotations: rjsf shows them when
  // the uiSchema's are empty, and the page shows the labels' title and description instead.
  const schema = useMemo(() => {
    const { $id: _id, title: _title, description: _description, ...rest } = props.schema;
    return rest as RJSFSchema;
  }, [props.schema]);
  const validator = useMemo(
    () =>
      createFormValidator({
        schema: props.schema,
        labels: props.labels ?? { title: '', fields: {} },
        locale,
        data: () => data.current,
      }),
    [props.schema, props.labels, locale],
  );
  const uiSchema = useMemo(() => localizeUiSchema(props.uiSchema, props.labels), [props.uiSchema, props.labels]);
  const extraErrors = useMemo(
    () => (props.serverErrors?.length ? toErrorSchema(props.serverErrors) : undefined),
    [props.serverErrors],
  );

  return (
    <>
      {props.labels?.description && (
        <Typography.Paragraph type="secondary">{props.labels.description}</Typography.Paragraph>
      )}
      <ThemedForm
        ref={props.formRef}
        schema={schema}
        uiSchema={uiSchema}
        formData={props.formData}
        validator={validator}
        readonly={props.readonly}
        extraErrors={extraErrors}
        showErrorList={false}
        liveValidate={props.liveValidate ? 'onChange' : undefined}
        omitExtraData
        liveOmit={props.liveValidate ? 'onChange' : undefined}
        noHtml5Validate
        formContext={SECTION_LAYOUT}
        translateString={rjsfTranslator(locale)}
        onChange={(e) => props.onChange?.((e.formData ?? {}) as FormData)}
        onSubmit={(e) => props.onSubmit?.((e.formData ?? {}) as FormData)}
      >
        {props.children}
      </ThemedForm>
    </>
  );
}

/** Section titles (nested objects) read as left-aligned headings, without the label colon. */
const SECTION_LAYOUT = { labelAlign: 'left', colon: false } as const;
