/**
 * Which files may be attached, decided from the file name's extension and the file's first
 * bytes, never from the Content-Type the client claims. The browser uses the same list for
 * the file picker's `accept`. No SVG or HTML: they can carry script.
 */

export interface AllowedMediaType {
  mediaType: string;
  extensions: string[];
  /** How the first bytes of such a file look; text types are checked for being UTF-8 text instead. */
  signature?: (head: Uint8Array) => boolean;
  /** Raster images can get thumbnails and may be shown inline. */
  image?: boolean;
}

const startsWith = (head: Uint8Array, bytes: number[], offset = 0) => bytes.every((b, i) => head[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const zip = (head: Uint8Array) => startsWith(head, [0x50, 0x4b, 0x03, 0x04]);

export const ALLOWED_MEDIA_TYPES: readonly AllowedMediaType[] = [
  {
    mediaType: 'image/png',
    extensions: ['png'],
    image: true,
    signature: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    mediaType: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    image: true,
    signature: (h) => startsWith(h, [0xff, 0xd8, 0xff]),
  },
  {
    mediaType: 'image/gif',
    extensions: ['gif'],
    image: true,
    signature: (h) => startsWith(h, ascii('GIF87a')) || startsWith(h, ascii('GIF89a')),
  },
  {
    mediaType: 'image/webp',
    extensions: ['webp'],
    image: true,
    signature: (h) => startsWith(h, ascii('RIFF')) && startsWith(h, ascii('WEBP'), 8),
  },
  { mediaType: 'application/pdf', extensions: ['pdf'], signature: (h) => startsWith(h, ascii('%PDF-')) },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    signature: zip,
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    signature: zip,
  },
  { mediaType: 'text/plain', extensions: ['txt', 'log'] },
  { mediaType: 'text/csv', extensions: ['csv'] },
];

/** Default largest upload: 10 MiB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** How many leading bytes `classifyUpload` looks at. */
export const SNIFF_BYTES = 4096;

export type UploadVerdict = { ok: true; mediaType: string; image: boolean } | { ok: false; reason: string };

/** Accepts a file when its extension is allowed and its first bytes match that type. */
export function classifyUpload(filename: string, head: Uint8Array): UploadVerdict {
  const extension = /\.([A-Za-z0-9]{1,10})$/.exec(filename)?.[1]?.toLowerCase();
  const allowed = ALLOWED_MEDIA_TYPES.find((t) => extension && t.extensions.includes(extension));
  if (!allowed) {
    const list = ALLOWED_MEDIA_TYPES.flatMap((t) => t.extensions).join(', ');
    return { ok: false, reason: `Files of type ".${extension ?? ''}" are not accepted; allowed: ${list}.` };
  }
  const matches = allowed.signature ? allowed.signature(head) : isText(head.subarray(0, SNIFF_BYTES));
  if (!matches) return { ok: false, reason: `The file's content is not ${allowed.mediaType}.` };
  return { ok: true, mediaType: allowed.mediaType, image: allowed.image === true };
}

/** UTF-8 without NUL bytes; a multi-byte character cut at the end of the sample is fine. */
function isText(sample: Uint8Array): boolean {
  if (sample.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The `accept` attribute for a file input, e.g. for a field with `contentMediaType: image/*`. */
export function acceptAttribute(contentMediaType?: string): string {
  return ALLOWED_MEDIA_TYPES.filter((t) => !contentMediaType || matchesRange(contentMediaType, t.mediaType))
    .map((t) => t.extensions.map((e) => `.${e}`).join(','))
    .join(',');
}

function matchesRange(range: string, mediaType: string): boolean {
  const [type, subtype] = range.split('/');
  return mediaType.startsWith(`${type}/`) && (subtype === '*' || mediaType === range);
}
