import { api } from '../api/client';
import type { AttachmentInfo } from '../api/types';

/** Uploads one file (or a drawn signature) and answers its id and metadata; form data keeps only the id. */
export function uploadAttachment(file: Blob, filename: string): Promise<AttachmentInfo> {
  const form = new FormData();
  form.append('file', file, filename);
  return api.upload<AttachmentInfo>('/api/attachments', form);
}

export const attachmentUrl = (id: string) => `/api/attachments/${encodeURIComponent(id)}`;
