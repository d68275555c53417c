/**
 * The one ajv factory for forms: the server, the worker and the browser (rjsf's
 * `customizeValidator({ AjvClass })` takes the same options) validate with identical settings,
 * so they give identical verdicts.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Options } from 'ajv/dist/core.js';
import { linearRegExp } from './linear-regexp.js';

// ajv and ajv-formats are CommonJS; both set `module.exports.default` to the export itself, so
// `.default` works under Node's ESM loader, under NodeNext types and in browser bundlers.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

export type FormAjv = InstanceType<typeof Ajv2020>;

/** The `format` of a string field holding an attachment id (see attachments.ts). */
export const ATTACHMENT_FORMAT = 'attachment-id';

/** Attachment ids are UUIDs chosen by the server when the file is uploaded. */
export const ATTACHMENT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Formats a form may use. Left out on purpose: `byte` and `binary` (files go to the blob
 * store, never base64 in the data), `regex` (user data compiled as a pattern), and the
 * numeric pseudo-formats (use `type` and bounds).
 */
export const FORM_FORMATS = [
  'date',
  'time',
  'date-time',
  'duration',
  'email',
  'uri',
  'hostname',
  'ipv4',
  'ipv6',
  'uuid',
  ATTACHMENT_FORMAT,
] as const;

export interface FormAjvOptions {
  /**
   * Whether keywords that need a type must sit next to one (`strictTypes`). Publishing checks
   * with it on; the runtime compiles `if` subschemas on their own, where the type is the parent's.
   */
  strictTypes?: boolean;
}

/**
 * The platform's ajv options: strict (unknown keywords and formats are errors), all errors
 * reported, `$data` off, no type coercion, no defaults written into data, no remote schemas
 * (nothing is ever loaded), and patterns on the RE2 engine. `required` names are checked by the
 * publish checks instead of `strictRequired`, because a conditional section's `then` requires
 * fields its parent declares. The studio passes these to rjsf's `customizeValidator`.
 */
export function formAjvOptions(opts: FormAjvOptions = {}): Options {
  return {
    strict: true,
    strictRequired: false,
    strictTypes: opts.strictTypes ?? true,
    allErrors: true,
    $data: false,
    coerceTypes: false,
    useDefaults: false,
    removeAdditional: false,
    ownProperties: true,
    validateFormats: true,
    addUsedSchema: false,
    messages: true,
    code: { regExp: linearRegExp },
  };
}

/** Adds the formats forms may use (and only those) to an ajv instance. */
export function addFormFormats(ajv: FormAjv): FormAjv {
  addFormats(
    ajv,
    FORM_FORMATS.filter((f) => f !== ATTACHMENT_FORMAT),
  );
  ajv.addFormat(ATTACHMENT_FORMAT, { type: 'string', validate: (value: string) => ATTACHMENT_ID_PATTERN.test(value) });
  return ajv;
}

/** A new ajv for JSON Schema 2020-12 with the platform's options and formats. */
export function createFormAjv(opts: FormAjvOptions = {}): FormAjv {
  return addFormFormats(new Ajv2020(formAjvOptions(opts)));
}
