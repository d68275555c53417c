/**
 * FEEL for the interpreter: feelin, fed null-prototype data and the workflow clock.
 *
 * Budget. feelin is a synchronous tree-walking interpreter with no step counter or abort
 * hook, so evaluation cannot be interrupted from outside. We bound what we can:
 * - expressions longer than MAX_EXPRESSION_LENGTH are rejected before parsing;
 * - ranges with literal bounds wider than MAX_LITERAL_RANGE (`for i in 1..1000000000`) are rejected;
 * - results larger than MAX_RESULT_BYTES (as JSON) are rejected, so one mapping cannot blow a payload.
 * What remains (e.g. a range bound taken from a huge variable) is stopped by Temporal's deadlock
 * detector (2 s per activation): the workflow task fails and is retried with backoff, the
 * instance does not progress, and the worker log names the workflow.
 *
 * Expressions are data: feelin parses FEEL with its own grammar and never evaluates JavaScript.
 * Variables go in as plain deep copies (see feel-values.ts for why not null-prototype objects).
 */
import { date, dateAndTime, evaluate as feelEvaluate, unaryTest as feelUnaryTest } from 'feelin';
import { FeelError } from './errors.js';
import { fromFeelValue, toFeelData } from './feel-values.js';

export const MAX_EXPRESSION_LENGTH = 4096;
export const MAX_LITERAL_RANGE = 100_000;
export const MAX_RESULT_BYTES = 256 * 1024;

/** Names bound to the workflow clock, overriding feelin's built-ins (which read the host TZ). */
function clockFunctions(nowMs: number): Record<string, unknown> {
  const iso = new Date(nowMs).toISOString();
  return {
    now: () => dateAndTime(iso.replace(/\.\d{3}Z$/, 'Z')),
    today: () => date(iso.slice(0, 10)),
  };
}

function checkBudget(expression: string): void {
  if (expression.length > MAX_EXPRESSION_LENGTH) {
    throw new FeelError(expression, `expression is longer than ${MAX_EXPRESSION_LENGTH} characters`);
  }
  for (const m of expression.matchAll(/(-?\d+)\s*\.\.\s*(-?\d+)/g)) {
    if (Math.abs(Number(m[2]) - Number(m[1])) > MAX_LITERAL_RANGE) {
      throw new FeelError(expression, `range ${m[0]} is wider than ${MAX_LITERAL_RANGE}`);
    }
  }
}

function buildContext(variables: Record<string, unknown>, nowMs: number): Record<string, unknown> {
  const ctx = toFeelData(variables) as Record<string, unknown>;
  Object.assign(ctx, clockFunctions(nowMs));
  return ctx;
}

function checkSize(value: unknown, expression: string): void {
  if (
    typeof value === 'string'
      ? value.length > MAX_RESULT_BYTES
      : JSON.stringify(value ?? null).length > MAX_RESULT_BYTES
  ) {
    throw new FeelError(expression, `result is larger than ${MAX_RESULT_BYTES} bytes`);
  }
}

/** Evaluates a FEEL expression to plain JSON data; syntax errors and unstorable results throw FeelError. */
export function evaluateFeel(expression: string, variables: Record<string, unknown>, nowMs: number): unknown {
  checkBudget(expression);
  let raw: unknown;
  try {
    raw = feelEvaluate(expression, buildContext(variables, nowMs)).value;
  } catch (err) {
    throw new FeelError(expression, `FEEL error: ${(err as Error).message}`);
  }
  const value = fromFeelValue(raw, expression);
  checkSize(value, expression);
  return value;
}

/** A sequence-flow condition: only boolean `true` takes the flow (null from a missing variable does not). */
export function evaluateCondition(expression: string, variables: Record<string, unknown>, nowMs: number): boolean {
  checkBudget(expression);
  try {
    return feelEvaluate(expression, buildContext(variables, nowMs)).value === true;
  } catch (err) {
    throw new FeelError(expression, `FEEL error: ${(err as Error).message}`);
  }
}

/** A FEEL unary test (`> 10`, `"a", "b"`, `[1..5]`) against `input`. */
export function evaluateUnaryTest(
  tests: string,
  input: unknown,
  variables: Record<string, unknown>,
  nowMs: number,
): boolean {
  checkBudget(tests);
  const ctx = buildContext(variables, nowMs);
  ctx['?'] = toFeelData(input);
  try {
    return feelUnaryTest(tests, ctx).value === true;
  } catch (err) {
    throw new FeelError(tests, `FEEL error: ${(err as Error).message}`);
  }
}
