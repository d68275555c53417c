/**
 * The part of submission validation that needs the database: every attachment id in the
 * data must exist, have a media type its field accepts, and (for ids the step adds) have
 * been uploaded by the person submitting, so nobody can attach someone else's file.
 */
import {
  attachmentRefs,
  localizeError,
  mediaTypeMatches,
  validateSubmission,
  type CompiledForm,
  type ErrorInput,
  type FormLocale,
  type SubmissionResult,
} from '../../../engine/forms/index.js';

/** What the check needs to know about stored attachments. */
export interface AttachmentLookup {
  describe(ids: string[]): Promise<Map<string, { mediaType: string; uploadedBy: string }>>;
}

export async function checkAttachmentRefs(
  form: CompiledForm,
  request: { step?: string; data: unknown; current?: Record<string, unknown>; locale: FormLocale; actorId?: string },
  attachments: AttachmentLookup,
): Promise<SubmissionResult> {
  const result = validateSubmission(form, request.step, request.data, request.locale, { current: request.current });
  if (!result.ok) return result;
  const refs = attachmentRefs(form, result.data);
  if (refs.length === 0) return result;
  const known = await attachments.describe([...new Set(refs.map((r) => r.id))]);
  const earlier = new Set(attachmentRefs(form, request.current ?? {}).map((r) => r.id));
  const errors: ErrorInput[] = [];
  for (const ref of refs) {
    const found = known.get(ref.id);
    if (!found) errors.push({ pointer: ref.pointer, code: 'attachmentNotFound' });
    else if (!mediaTypeMatches(ref.accept, found.mediaType)) {
      errors.push({ pointer: ref.pointer, code: 'attachmentType', params: { format: ref.accept } });
    } else if (request.actorId && found.uploadedBy !== request.actorId && !earlier.has(ref.id)) {
      errors.push({ pointer: ref.pointer, code: 'attachmentNotYours' });
    }
  }
  if (errors.length === 0) return result;
  return {
    ok: false,
    data: {},
    removed: result.removed,
    errors: errors.map((e) => localizeError(form.document, e, result.data, request.locale)),
  };
}
