import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalFolderBlobStore } from './blob-store.js';

describe('LocalFolderBlobStore', () => {
  let root: string;
  let store: LocalFolderBlobStore;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'blobs-'));
    store = new LocalFolderBlobStore(root);
  });
  afterEach(async () => rm(root, { recursive: true, force: true }));

  it('should store, read back and delete a blob', async () => {
    // given
    const key = '0b6f1c52-3a0e-4b7e-9c61-2f0f7d1f9a11';
    // when
    await store.put(key, new TextEncoder().encode('hello'), { contentType: 'text/plain' });
    const body = await store.get(key);
    // then
    expect(await text(body!)).toBe('hello');
    await store.delete(key);
    expect(await store.get(key)).toBeUndefined();
  });

  it('should leave no temporary file behind', async () => {
    // when
    await store.put('abcdef12-0000', new Uint8Array([1, 2, 3]), { contentType: 'application/octet-stream' });
    // then
    expect(await readdir(path.join(root, 'ab'))).toEqual(['abcdef12-0000']);
  });

  it('should answer undefined for a missing key and ignore deleting one', async () => {
    expect(await store.get('ffffffff-0000')).toBeUndefined();
    await expect(store.delete('ffffffff-0000')).resolves.toBeUndefined();
  });

  it('should refuse keys that could leave the root folder', async () => {
    await expect(store.put('../../etc/passwd', new Uint8Array([1]), { contentType: 'text/plain' })).rejects.toThrow(
      /Invalid blob key/,
    );
    await expect(store.get('..%2f..%2fx')).rejects.toThrow(/Invalid blob key/);
  });
});
