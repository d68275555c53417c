/**
 * The forms and attachments part of the error catalogue (see errors.ts): stable codes that
 * clients and tests match on. FORM_SCHEMA_INVALID and FORM_INVALID are named by the public API.
 */
import type { FormProblem, SubmissionError } from '../../../engine/forms/index.js';
import { AppError } from '../errors.js';

export const formErrors = {
  schemaInvalid: (problems: FormProblem[]) =>
    new AppError(
      'FORM_SCHEMA_INVALID',
      `The form has ${problems.length} problem(s); the first is at ${problems[0]?.pointer || '/'}: ${problems[0]?.message ?? ''}`,
      422,
      { problems },
    ),
  invalid: (errors: SubmissionError[]) =>
    new AppError(
      'FORM_INVALID',
      `The data has ${errors.length} error(s); the first is at ${errors[0]?.pointer || '/'}: ${errors[0]?.message ?? ''}`,
      400,
      { errors },
    ),
  notFound: (id: string, version?: number) =>
    new AppError(
      'WF_ERR_FORM_NOT_FOUND',
      `Form ${id}${version === undefined ? '' : ` version ${version}`} not found`,
      404,
    ),
  attachmentNotFound: (id: string) => new AppError('WF_ERR_ATTACHMENT_NOT_FOUND', `Attachment ${id} not found`, 404),
  attachmentTooLarge: (limit: number) =>
    new AppError('WF_ERR_ATTACHMENT_TOO_LARGE', `Files may be at most ${limit} bytes`, 413, { limit }),
  attachmentType: (reason: string) => new AppError('WF_ERR_ATTACHMENT_TYPE', reason, 415),
  notMultipart: () =>
    new AppError(
      'WF_ERR_ATTACHMENT_NOT_MULTIPART',
      'Upload the file as multipart/form-data with one part named "file"',
      415,
    ),
  noFile: () => new AppError('WF_ERR_ATTACHMENT_MISSING_FILE', 'The request has no file part named "file"', 400),
};
