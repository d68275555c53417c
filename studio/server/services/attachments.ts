/**
 * Uploaded files: the type is decided from the extension and the first bytes (never from the
 * client's Content-Type), the bytes go to the blob store under a fresh UUID and the metadata
 * to the `attachments` table. Form data refers to a file by that id only.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { classifyUpload, DEFAULT_MAX_UPLOAD_BYTES, SNIFF_BYTES } from '../../../engine/forms/index.js';
import type { Database } from '../db/schema.js';
import type { AuditLog } from './audit.js';
import type { BlobStore } from './blob-store.js';
import type { AttachmentLookup } from './form-attachment-check.js';
import { formErrors } from './form-errors.js';
import type { CurrentUser } from './identity.js';

export interface AttachmentInfo {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: string;
  /** Where the file can be downloaded. */
  url: string;
}

/**
 * Who besides the uploader, owners and admins may download a file.
 * @example (user, id) => taskService.userSeesAttachment(user, id) // files in tasks the user can open
 */
export type AttachmentReadAccess = (user: CurrentUser, attachmentId: string) => Promise<boolean>;

export interface AttachmentServiceOptions {
  maxBytes?: number;
  canRead?: AttachmentReadAccess;
}

export class AttachmentService implements AttachmentLookup {
  readonly maxBytes: number;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly blobs: BlobStore,
    private readonly audit: AuditLog,
    private readonly opts: AttachmentServiceOptions = {},
  ) {
    this.maxBytes = opts.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  }

  /** Stores one file; 413 above the size limit, 415 when its type is not allowed. */
  async upload(file: { filename: string; bytes: Uint8Array }, user: CurrentUser, ip?: string): Promise<AttachmentInfo> {
    if (file.bytes.length > this.maxBytes) throw formErrors.attachmentTooLarge(this.maxBytes);
    const filename = safeFilename(file.filename);
    const verdict = classifyUpload(filename, file.bytes.subarray(0, SNIFF_BYTES));
    if (!verdict.ok) throw formErrors.attachmentType(verdict.reason);
    const id = randomUUID();
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    await this.blobs.put(id, file.bytes, { contentType: verdict.mediaType });
    try {
      const row = await this.db
        .insertInto('attachments')
        .values({
          id,
          filename,
          media_type: verdict.mediaType,
          size_bytes: file.bytes.length,
          sha256,
          storage_key: id,
          uploaded_by: user.id,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await this.audit.record({
        actor: user.username,
        action: 'attachment.uploaded',
        subjectType: 'attachment',
        subjectId: id,
        ip,
        after: { filename, mediaType: verdict.mediaType, size: file.bytes.length, sha256 },
      });
      return toInfo(row);
    } catch (err) {
      await this.blobs.delete(id);
      throw err;
    }
  }

  /** The file's metadata and bytes; 404 when it does not exist or the user may not read it. */
  async open(id: string, user: CurrentUser): Promise<{ info: AttachmentInfo; body: Readable }> {
    const row = await this.db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || !(await this.mayRead(user, row.uploaded_by, id))) throw formErrors.attachmentNotFound(id);
    const body = await this.blobs.get(row.storage_key);
    if (!body) throw formErrors.attachmentNotFound(id);
    return { info: toInfo(row), body };
  }

  async describe(ids: string[]): Promise<Map<string, { mediaType: string; uploadedBy: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('attachments')
      .select(['id', 'media_type', 'uploaded_by'])
      .where('id', 'in', ids)
      .execute();
    return new Map(rows.map((r) => [r.id, { mediaType: r.media_type, uploadedBy: r.uploaded_by }]));
  }

  private async mayRead(user: CurrentUser, uploadedBy: string, id: string): Promise<boolean> {
    if (uploadedBy === user.id || user.roles.some((r) => r === 'admin' || r === 'owner')) return true;
    return this.opts.canRead ? this.opts.canRead(user, id) : false;
  }
}

function toInfo(row: {
  id: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  created_at: Date;
}): AttachmentInfo {
  return {
    id: row.id,
    filename: row.filename,
    mediaType: row.media_type,
    size: row.size_bytes,
    sha256: row.sha256,
    createdAt: row.created_at.toISOString(),
    url: `/api/attachments/${row.id}`,
  };
}

/** The last path segment without control characters, at most 200 characters; never empty. */
export function safeFilename(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'file').slice(-200);
}
