/**
 * The rjsf validator for every form the studio renders: the platform's own ajv factory
 * (engine/forms createFormAjv: JSON Schema 2020-12, strict, the same formats and RE2
 * patterns), so the browser gives the verdicts the server gives. Messages come from the
 * platform's catalogue in the user's language, naming fields by their labels.
 */
import { RJSF_ADDITIONAL_PROPERTIES_FLAG } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject } from 'ajv';
import {
  ajvErrorToInput,
  createFormAjv,
  localizeError,
  type FormDocument,
  type FormLocale,
  type FormLocaleLabels,
  type JsonSchema,
} from '../../../../engine/forms/index';

export interface ValidatorContext {
  schema: JsonSchema;
  labels: FormLocaleLabels;
  locale: FormLocale;
  /** The current data, so list items are named "Witnesses #2". */
  data: () => unknown;
}

/** A validator for one form in one language; make a new one when the schema or labels change. */
export function createFormValidator(ctx: ValidatorContext) {
  const document = { schema: ctx.schema, labels: { en: ctx.labels, 'zh-CN': ctx.labels } } as FormDocument;
  const localizer = (errors?: ErrorObject[] | null) => {
    for (const error of errors ?? []) {
      error.message = localizeError(document, ajvErrorToInput(error), ctx.data(), ctx.locale).message;
    }
  };
  return customizeValidator(
    {
      AjvClass: Ajv2020 as never,
      // rjsf's own instance is replaced below; do not spend time giving it formats.
      ajvFormatOptions: false,
      // Replace rjsf's default instance with the platform's; keep rjsf's one internal keyword.
      extenderFn: () => {
        const ajv = createFormAjv({ strictTypes: false });
        ajv.addKeyword(RJSF_ADDITIONAL_PROPERTIES_FLAG);
        return ajv as never;
      },
    },
    localizer,
  );
}
