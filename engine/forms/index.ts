/**
 * Forms: the model, the publish checks and the runtime that validates submissions. Nothing
 * here imports Node modules, so the studio bundles the same code for the browser. File
 * discovery (Node only) lives in `./node/index.ts`.
 */
export * from './form-model.js';
export { FORM_LIMITS, FORBIDDEN_KEYS } from './limits.js';
export {
  createFormAjv,
  formAjvOptions,
  addFormFormats,
  ATTACHMENT_FORMAT,
  ATTACHMENT_ID_PATTERN,
  FORM_FORMATS,
  type FormAjv,
  type FormAjvOptions,
} from './create-form-ajv.js';
export { checkFormDocument, FORM_ID_PATTERN, SCHEMA_DIALECT, type FormCheckResult } from './check-form-document.js';
export { compileForm, type CompiledForm } from './compile-form.js';
export { validateSubmission, type ValidateSubmissionOptions } from './validate-submission.js';
export { pruneConditionalFields } from './conditional-fields.js';
export { StepStates, mergeForStep, projectByState, jsonEqual } from './field-states.js';
export { formViewForStep, prefillValues, type FormView } from './form-view.js';
export { listFields, findField, type FormField } from './field-paths.js';
export { localizeError, resolveLocale, fieldLabel, type ErrorInput } from './messages.js';
export { attachmentRefs, isAttachmentSchema, mediaTypeMatches, type AttachmentRef } from './attachments.js';
export {
  ALLOWED_MEDIA_TYPES,
  DEFAULT_MAX_UPLOAD_BYTES,
  SNIFF_BYTES,
  acceptAttribute,
  classifyUpload,
  type AllowedMediaType,
  type UploadVerdict,
} from './upload-policy.js';
export { schemaForTypes, typeNameOf } from './type-schema.js';
export { patternProblem } from './linear-regexp.js';
export { guardJson, type JsonGuardLimits, type JsonGuardViolation } from './json-guards.js';
export { joinPointer, splitPointer, getAt, fieldPathOf } from './json-pointer.js';
export { ajvErrorToInput } from './ajv-errors.js';
