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
  createFormAjv,
  joinPointer,
  localizeError,
  type FormDocument,
  type FormLocale,
  type FormLocaleLabels,
  type JsonSchema,
} from '../../../../engine/forms/index';

/** The ajv error's field and code as the server names them (required points at the missing field). */
function toInput(error: ErrorObject): { pointer: string; code: string; params?: Record<string, unknown> } {
  const params = error.params as Record<string, unknown>;
  const base = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return { pointer: joinPointer(base, String(params.missingProperty)), code: 'required' };
    case 'dependentRequired':
      return {
        pointer: joinPointer(base, String(params.missingProperty)),
        code: 'dependentRequired',
        params: { triggerPointer: joinPointer(base, String(params.property)) },
      };
    case 'additionalProperties':
      return { pointer: joinPointer(base, String(params.additionalProperty)), code: 'additionalProperties' };
    case 'unevaluatedProperties':
      return { pointer: joinPointer(base, String(params.unevaluatedProperty)), code: 'unevaluatedProperties' };
    case 'type':
      return { pointer: base, code: 'type', params: { type: String(params.type) } };
    case 'format':
      return { pointer: base, code: 'format', params: { format: String(params.format) } };
    case 'multipleOf':
      return { pointer: base, code: 'multipleOf', params: { limit: params.multipleOf } };
    default:
      return {
        pointer: base,
        code: error.keyword,
        params: typeof params.limit === 'number' ? { limit: params.limit } : {},
      };
  }
}

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
      const input = toInput(error);
      error.message = localizeError(
        document,
        input as Parameters<typeof localizeError>[1],
        ctx.data(),
        ctx.locale,
      ).message;
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
