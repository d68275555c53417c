/** JSON Pointer (RFC 6901) helpers and field paths (pointers with `*` for array items). */

export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Appends segments to a pointer: `join('/a', 'b/c')` → `/a/b~1c`. */
export function joinPointer(pointer: string, ...segments: Array<string | number>): string {
  return pointer + segments.map((s) => `/${escapeSegment(s)}`).join('');
}

/** The segments of a pointer; `''` (the whole document) has none. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`Not a JSON pointer: ${pointer}`);
  return pointer.slice(1).split('/').map(unescapeSegment);
}

/** True when `pointer` is `ancestor` or lies below it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return ancestor === '' || pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/** Reads the value at a pointer, or undefined; only own properties are followed. */
export function getAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const segment of splitPointer(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * The field path of a data pointer: array indexes become `*`, so `/witnesses/2/name` is the
 * field `/witnesses/*\/name` whatever the item. Arrays are recognised in `data`.
 */
export function fieldPathOf(pointer: string, data: unknown): string {
  let current = data;
  const out: string[] = [];
  for (const segment of splitPointer(pointer)) {
    if (Array.isArray(current)) {
      out.push('*');
      current = current[Number(segment)];
    } else {
      out.push(segment);
      current =
        current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return out.length ? joinPointer('', ...out) : '';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
