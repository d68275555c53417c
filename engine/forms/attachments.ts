/**
 * Attachments in forms. A file is uploaded first (POST /api/attachments) and the form data
 * holds only its id, never its bytes:
 *
 *   { "type": "string", "format": "attachment-id" }                               any allowed file
 *   { "type": "string", "format": "attachment-id", "contentMediaType": "image/*" }  photos only
 *   { "type": "array", "items": { "type": "string", "format": "attachment-id" }, "maxItems": 5 }
 *
 * A handwritten signature is an attachment too: `contentMediaType: "image/png"` and the
 * uiSchema widget `signature`, which draws on a canvas and uploads the PNG.
 */
import type { CompiledForm } from './compile-form.js';
import { ATTACHMENT_FORMAT } from './create-form-ajv.js';
import { declaredFields, itemsOf, shapeOf } from './field-declarations.js';
import type { JsonSchema } from './form-model.js';
import { isPlainObject, joinPointer } from './json-pointer.js';

/** An attachment id found in form data, with the media types its field accepts. */
export interface AttachmentRef {
  pointer: string;
  id: string;
  /** The field's `contentMediaType` (`type/subtype` or `type/*`), when it restricts the type. */
  accept?: string;
}

/** Whether a media type satisfies a field's `contentMediaType`; `image/*` accepts every image. */
export function mediaTypeMatches(accept: string | undefined, actual: string): boolean {
  if (!accept) return true;
  const [type, subtype] = accept.toLowerCase().split('/');
  const [actualType, actualSubtype] = actual.toLowerCase().split('/');
  return type === actualType && (subtype === '*' || subtype === actualSubtype);
}

/** Every attachment id in `data`, found through the fields whose schema has format `attachment-id`. */
export function attachmentRefs(form: CompiledForm, data: Record<string, unknown>): AttachmentRef[] {
  const root = form.document.schema;
  const out: AttachmentRef[] = [];
  const visitObject = (
    schema: JsonSchema,
    pointer: string,
    value: Record<string, unknown>,
    at: string,
    depth: number,
  ) => {
    if (depth > 16) return;
    for (const decl of declaredFields(root, schema, pointer)) {
      if (!Object.prototype.hasOwnProperty.call(value, decl.name)) continue;
      visitValue(decl, value[decl.name], joinPointer(at, decl.name), depth);
    }
  };
  const visitValue = (decl: { schema: JsonSchema; pointer: string }, value: unknown, at: string, depth: number) => {
    const shape = shapeOf(root, decl);
    const field = isAttachmentSchema(decl.schema)
      ? decl.schema
      : isAttachmentSchema(shape.schema)
        ? shape.schema
        : undefined;
    if (field && typeof value === 'string') {
      out.push({
        pointer: at,
        id: value,
        ...(typeof field.contentMediaType === 'string' ? { accept: field.contentMediaType } : {}),
      });
      return;
    }
    if (isPlainObject(value)) visitObject(shape.schema, shape.pointer, value, at, depth + 1);
    const items = itemsOf(root, shape);
    if (Array.isArray(value) && items)
      value.forEach((item, i) => visitValue(items, item, joinPointer(at, i), depth + 1));
  };
  visitObject(root, '', data, '', 0);
  // The same field may be declared in several branches: report each pointer once.
  return out.filter((ref, i) => out.findIndex((r) => r.pointer === ref.pointer) === i);
}

export function isAttachmentSchema(schema: JsonSchema): boolean {
  return schema.format === ATTACHMENT_FORMAT;
}
