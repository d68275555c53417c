import multipart from '@fastify/multipart';
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ALLOWED_MEDIA_TYPES } from '../../../engine/forms/index.js';
import { requireUser } from '../plugins/auth.js';
import { ErrorResponse } from '../schemas/common.js';
import { AttachmentIdParams, AttachmentInfo } from '../schemas/forms.js';
import { formErrors } from '../services/form-errors.js';

const INLINE_TYPES = new Set(ALLOWED_MEDIA_TYPES.filter((t) => t.image).map((t) => t.mediaType));

export const attachmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const maxBytes = app.platform.attachments.maxBytes;
  await app.register(multipart, {
    limits: { fileSize: maxBytes, files: 1, fields: 4, fieldSize: 1024, parts: 5, headerPairs: 50 },
  });

  app.post(
    '/',
    {
      schema: {
        tags: ['Attachments'],
        description: `Uploads one file as multipart/form-data (part "file"); at most ${maxBytes} bytes.`,
        consumes: ['multipart/form-data'],
        response: { 201: AttachmentInfo, 400: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      if (!req.isMultipart()) throw formErrors.notMultipart();
      const part = await req.file();
      if (!part || part.fieldname !== 'file') throw formErrors.noFile();
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw formErrors.attachmentTooLarge(maxBytes);
        throw err;
      }
      // toBuffer() misses a limit reached on the very last chunk; busboy's flag does not.
      if (part.file.truncated) throw formErrors.attachmentTooLarge(maxBytes);
      const info = await app.platform.attachments.upload({ filename: part.filename, bytes }, user, req.ip);
      return reply.code(201).send(info);
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags: ['Attachments'],
        params: AttachmentIdParams,
        response: { 200: Type.Unknown({ description: 'The file' }), 404: ErrorResponse },
      },
    },
    async (req, reply) => {
      const { info, body } = await app.platform.attachments.open(req.params.id, requireUser(req));
      const disposition = INLINE_TYPES.has(info.mediaType) ? 'inline' : 'attachment';
      return (
        reply
          .header(
            'content-type',
            info.mediaType.startsWith('text/') ? `${info.mediaType}; charset=utf-8` : info.mediaType,
          )
          .header('content-length', info.size)
          .header('content-disposition', contentDisposition(disposition, info.filename))
          .header('x-content-type-options', 'nosniff')
          // Even if a browser renders the file, it runs nothing and loads nothing.
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, max-age=3600')
          .send(body)
      );
    },
  );
};

/** RFC 6266: an ASCII fallback name plus the exact UTF-8 name. */
export function contentDisposition(kind: 'inline' | 'attachment', filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
