import { describe, expect, it } from 'vitest';
import { attachmentRefs, mediaTypeMatches } from './attachments.js';
import { compiled, objectSchema } from './fixtures/form-fixtures.js';
import { acceptAttribute, classifyUpload } from './upload-policy.js';

const id = (n: number) => `0b6f1c52-3a0e-4b7e-9c61-2f0f7d1f9a1${n}`;
const attachment = { type: 'string', format: 'attachment-id' };

describe('attachmentRefs', () => {
  it('should find attachment ids in plain, list, nested and $ref fields with the media types they accept', () => {
    // given
    const form = compiled(
      objectSchema(
        {
          signature: { ...attachment, contentMediaType: 'image/png' },
          photos: { type: 'array', items: { ...attachment, contentMediaType: 'image/*' }, maxItems: 5 },
          contract: {
            type: 'object',
            properties: { scan: { $ref: '#/$defs/file' }, note: { type: 'string' } },
            additionalProperties: false,
          },
          name: { type: 'string' },
        },
        { $defs: { file: attachment } },
      ),
    );
    // when
    const refs = attachmentRefs(form, {
      signature: id(1),
      photos: [id(2), id(3)],
      contract: { scan: id(4), note: id(5) },
      name: id(6),
    });
    // then
    expect(refs).toEqual([
      { pointer: '/signature', id: id(1), accept: 'image/png' },
      { pointer: '/photos/0', id: id(2), accept: 'image/*' },
      { pointer: '/photos/1', id: id(3), accept: 'image/*' },
      { pointer: '/contract/scan', id: id(4) },
    ]);
  });
});

describe('mediaTypeMatches', () => {
  it('should match exact types and type wildcards', () => {
    expect(mediaTypeMatches('image/*', 'image/jpeg')).toBe(true);
    expect(mediaTypeMatches('image/png', 'image/png')).toBe(true);
    expect(mediaTypeMatches('image/png', 'image/jpeg')).toBe(false);
    expect(mediaTypeMatches('image/*', 'application/pdf')).toBe(false);
    expect(mediaTypeMatches(undefined, 'text/plain')).toBe(true);
  });
});

describe('classifyUpload', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  const pdf = new TextEncoder().encode('%PDF-1.7\n');

  it('should accept a file whose bytes match its extension', () => {
    expect(classifyUpload('sign.PNG', png)).toEqual({ ok: true, mediaType: 'image/png', image: true });
    expect(classifyUpload('report.pdf', pdf)).toEqual({ ok: true, mediaType: 'application/pdf', image: false });
    expect(classifyUpload('notes.txt', new TextEncoder().encode('现场记录 ok'))).toMatchObject({
      ok: true,
      mediaType: 'text/plain',
    });
  });

  it('should refuse a file whose bytes do not match its extension', () => {
    expect(classifyUpload('photo.png', pdf)).toMatchObject({ ok: false });
    expect(classifyUpload('notes.txt', png)).toMatchObject({ ok: false });
  });

  it('should refuse types that can carry script and files without an allowed extension', () => {
    expect(classifyUpload('logo.svg', new TextEncoder().encode('<svg onload="alert(1)"/>'))).toMatchObject({
      ok: false,
    });
    expect(classifyUpload('page.html', new TextEncoder().encode('<script>'))).toMatchObject({ ok: false });
    expect(classifyUpload('noextension', png)).toMatchObject({ ok: false });
  });

  it('should offer the file picker only the types a field accepts', () => {
    expect(acceptAttribute('image/*')).toBe('.png,.jpg,.jpeg,.gif,.webp');
    expect(acceptAttribute('image/png')).toBe('.png');
  });
});
