/**
 * FEEL syntax checks as you type, with the same parser the compiler uses (feelin). FEEL is
 * parsed, never evaluated. Mirrors engine/bpmn's check so the panel and deploy agree.
 */
import { parseExpression } from 'feelin';

/** Why `expression` (without its `=` marker) does not parse, or undefined. */
export function feelSyntaxError(expression: string): string | undefined {
  if (expression.trim() === '') return 'empty';
  let error: string | undefined;
  parseExpression(expression, {}, undefined).iterate({
    enter(node) {
      if (error) return false;
      if (node.type.isError) {
        const near = expression.slice(node.from, node.from + 20);
        error = near ? `"${near}" (${node.from + 1})` : 'incomplete';
        return false;
      }
      return undefined;
    },
  });
  return error;
}

/** A value that is FEEL when it starts with `=`; otherwise a literal and always fine. */
export function checkMaybeFeel(value: string | undefined): string | undefined {
  const trimmed = (value ?? '').trimStart();
  return trimmed.startsWith('=') ? feelSyntaxError(trimmed.slice(1)) : undefined;
}
