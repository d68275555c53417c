/** Server field errors (`{ pointer, message }`, e.g. from FORM_INVALID) as rjsf `extraErrors`. */
import type { ErrorSchema } from '@rjsf/utils';
import { splitPointer } from '../../../../engine/forms/index';

export function toErrorSchema(errors: Array<{ pointer: string; message: string }>): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const error of errors) {
    let node = root;
    for (const segment of splitPointer(error.pointer)) {
      node[segment] ??= {};
      node = node[segment] as Record<string, unknown>;
    }
    const list = (node.__errors ??= []) as string[];
    list.push(error.message);
  }
  return root as ErrorSchema;
}
