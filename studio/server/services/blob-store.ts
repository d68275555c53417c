/**
 * Where attachment bytes live. The database keeps only metadata; the bytes go to a blob
 * store: a local folder under DATA_DIR by default. An S3-compatible store implements the
 * same three calls (PutObject, GetObject, DeleteObject) so API servers can scale out.
 */
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Stores immutable blobs by key. Keys are chosen by the platform (UUIDs), never by users.
 * @example
 * class S3BlobStore implements BlobStore {
 *   async put(key, body, meta) { await s3.send(new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: meta.contentType })); }
 *   async get(key) { try { return (await s3.send(new GetObjectCommand({ Bucket, Key: key }))).Body as Readable; } catch { return undefined; } }
 *   async delete(key) { await s3.send(new DeleteObjectCommand({ Bucket, Key: key })); }
 * }
 */
export interface BlobStore {
  /** Writes the whole blob; a reader never sees a partial one. */
  put(key: string, body: Uint8Array, meta: { contentType: string }): Promise<void>;
  /** The blob's bytes, or undefined when there is no such key. */
  get(key: string): Promise<Readable | undefined>;
  /** Removes the blob; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{7,127}$/;

/** Blobs as files in `root/<k0k1>/<key>`; the two-character fan-out keeps folders small. */
export class LocalFolderBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  async put(key: string, body: Uint8Array, _meta?: { contentType: string }): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename: rename is atomic on one file system, so readers see all or nothing.
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temp, body, { flag: 'wx' });
    await rename(temp, file);
  }

  async get(key: string): Promise<Readable | undefined> {
    const file = this.fileOf(key);
    try {
      await stat(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    return createReadStream(file);
  }

  async delete(key: string): Promise<void> {
    await rm(this.fileOf(key), { force: true });
  }

  /** Keys are checked so no key can name a path outside the root. */
  private fileOf(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`Invalid blob key "${key}"`);
    return path.join(this.root, key.slice(0, 2), key);
  }
}
