/**
 * A published form made ready to validate: its own ajv instance (so two versions of one
 * `$id` never clash), the whole-form validator, and lazily compiled `if` subschemas for
 * deciding which conditional sections are on.
 */
import type { ValidateFunction } from 'ajv/dist/types/index.js';
import { createFormAjv } from './create-form-ajv.js';
import { listFields, type FormField } from './field-paths.js';
import type { FormDocument } from './form-model.js';
import { escapeSegment, splitPointer } from './json-pointer.js';

export interface CompiledForm {
  /** The schema's `$id`, e.g. `core/incident-report`. */
  id: string;
  /** The published version, when known. */
  version?: number;
  document: FormDocument;
  /** Every field path of the form (see field-paths.ts). */
  fields: FormField[];
  /** Validates a whole submission; errors are on `validate.errors`. */
  validate: ValidateFunction;
  /** Whether the `if` subschema at `ifPointer` (a pointer into the schema) accepts `data`. */
  ifHolds(ifPointer: string, data: unknown): boolean;
}

/**
 * Compiles a form that passed checkFormDocument. Throws if the schema does not compile, which
 * for a stored version means the platform's own rules changed; callers report it as a 500.
 */
export function compileForm(document: FormDocument, version?: number): CompiledForm {
  const id = String(document.schema.$id);
  // `if` subschemas compile on their own, where their type is the parent's: no strictTypes here.
  // Publishing has already compiled the whole schema with it.
  const ajv = createFormAjv({ strictTypes: false });
  ajv.addSchema(document.schema);
  const validate = ajv.getSchema(id);
  if (!validate) throw new Error(`Form ${id} did not compile`);
  const conditions = new Map<string, ValidateFunction>();
  return {
    id,
    version,
    document,
    fields: listFields(document.schema),
    validate,
    ifHolds(ifPointer, data) {
      let check = conditions.get(ifPointer);
      if (!check) {
        const fragment = splitPointer(ifPointer)
          .map((s) => encodeURIComponent(escapeSegment(s)))
          .join('/');
        check = ajv.getSchema(`${id}#/${fragment}`);
        if (!check) throw new Error(`Form ${id} has no subschema at ${ifPointer}`);
        conditions.set(ifPointer, check);
      }
      return check(data) === true;
    },
  };
}
