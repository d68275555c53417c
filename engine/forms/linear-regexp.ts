/**
 * Every `pattern` in a form runs on RE2 (re2js): matching takes time linear in the input,
 * so no pattern can backtrack catastrophically on a crafted submission. Patterns RE2 cannot
 * run (look-arounds, back-references) are rejected when the form is published.
 */
import { RE2JS } from 're2js';
import type { RegExpEngine } from 'ajv/dist/types/index.js';
import { FORM_LIMITS } from './limits.js';

/** Compiles an ECMAScript pattern (as JSON Schema writes them) for RE2; throws when RE2 cannot run it. */
function compileLinear(pattern: string): RE2JS {
  return RE2JS.compile(RE2JS.translateRegExp(pattern));
}

/**
 * The `code.regExp` engine for ajv. ajv calls it with each schema pattern and the `u` flag;
 * RE2 is always Unicode-aware, so the flag needs no translation.
 */
export const linearRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string) => {
    const compiled = compileLinear(pattern);
    // ajv caches compiled patterns under `toString()`: it must differ per pattern.
    return { test: (input: string) => compiled.test(input), toString: () => `/${pattern}/${flags}` };
  },
  // Only used by ajv's standalone code generation, which the platform does not use.
  { code: 'linearRegExp' },
);

/** Why a pattern cannot be used in a form, or undefined when it can. */
export function patternProblem(pattern: string): string | undefined {
  if (pattern.length > FORM_LIMITS.maxPatternLength) {
    return `The pattern is longer than ${FORM_LIMITS.maxPatternLength} characters.`;
  }
  try {
    new RegExp(pattern, 'u');
  } catch (err) {
    return `The pattern is not a valid regular expression: ${(err as Error).message}`;
  }
  try {
    compileLinear(pattern);
  } catch (err) {
    return (
      `The pattern cannot run on the linear-time engine (look-arounds and back-references are not supported): ` +
      (err as Error).message
    );
  }
  return undefined;
}
