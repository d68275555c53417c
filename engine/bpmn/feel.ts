import { parseExpression } from 'feelin';
import type { FeelExpression, ValueSource } from '../graph/index.js';
import { BpmnErrorCode, type ProblemSink } from './problems.js';

/** BPMN attributes mark FEEL with a leading `=`; the graph stores FEEL without it. */
export function isFeel(raw: string): boolean {
  return raw.trimStart().startsWith('=');
}

/** The expression without its `=` marker and surrounding whitespace. */
export function stripFeelMarker(raw: string): string {
  const trimmed = raw.trim();
  return trimmed.startsWith('=') ? trimmed.slice(1).trim() : trimmed;
}

/**
 * Returns why a FEEL expression does not parse, or undefined when it does. feelin's lezer
 * parser is error-tolerant (it never throws), so we look for error nodes in the tree. FEEL is
 * only ever parsed here, never evaluated, and never run as JavaScript.
 */
export function feelSyntaxError(expression: string): string | undefined {
  if (expression.trim() === '') return 'the expression is empty';
  let error: string | undefined;
  parseExpression(expression, {}, undefined).iterate({
    enter(node) {
      if (error) return false;
      if (node.type.isError) {
        const near = expression.slice(node.from, node.from + 20);
        error = near ? `unexpected "${near}" at character ${node.from + 1}` : 'the expression is incomplete';
        return false;
      }
      return undefined;
    },
  });
  return error;
}

/**
 * Reads a FEEL expression from an attribute or element body (leading `=` optional), reporting
 * a syntax error against the element. Returns undefined when the expression is invalid.
 */
export function readFeel(
  raw: string,
  what: string,
  elementId: string,
  problems: ProblemSink,
): FeelExpression | undefined {
  const expression = stripFeelMarker(raw);
  const error = feelSyntaxError(expression);
  if (error) {
    problems.error(BpmnErrorCode.InvalidFeel, `${what} "${raw.trim()}" is not valid FEEL: ${error}.`, elementId);
    return undefined;
  }
  return expression;
}

/** A FEEL string literal for `value`: quotes and backslashes escaped. */
export function feelStringLiteral(value: string): FeelExpression {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A setting that is a literal unless it starts with `=`, in which case it is FEEL. */
export function readValueSource(
  raw: string,
  what: string,
  elementId: string,
  problems: ProblemSink,
): ValueSource | undefined {
  if (!isFeel(raw)) return { literal: raw.trim() };
  const feel = readFeel(raw, what, elementId, problems);
  return feel === undefined ? undefined : { feel };
}
