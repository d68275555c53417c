/**
 * Bounded checks on untrusted JSON before anything recursive touches it: nesting depth,
 * array and object sizes, string lengths, total size and prototype-polluting keys. The walk
 * is iterative and stops at the first limit, so a hostile payload cannot exhaust the stack.
 */
import { FORBIDDEN_KEYS } from './limits.js';
import { joinPointer } from './json-pointer.js';

export type JsonGuardCode =
  'tooDeep' | 'tooManyItems' | 'tooManyProperties' | 'stringTooLong' | 'tooLarge' | 'forbiddenKey' | 'notJson';

export interface JsonGuardViolation {
  pointer: string;
  code: JsonGuardCode;
  /** The limit that was exceeded, or the offending key. */
  limit?: number;
  key?: string;
}

export interface JsonGuardLimits {
  maxDepth: number;
  maxArrayItems: number;
  maxObjectProperties: number;
  maxStringLength: number;
  /** Approximate serialized size: strings and keys count their length, other values a few units. */
  maxChars: number;
}

/** The violations found (at most `maxViolations`); the walk does not descend below a violation. */
export function guardJson(value: unknown, limits: JsonGuardLimits, maxViolations = 20): JsonGuardViolation[] {
  const violations: JsonGuardViolation[] = [];
  const stack: Array<{ value: unknown; pointer: string; depth: number }> = [{ value, pointer: '', depth: 0 }];
  let chars = 0;
  while (stack.length && violations.length < maxViolations) {
    const { value: current, pointer, depth } = stack.pop()!;
    if (typeof current === 'string') {
      chars += current.length + 2;
      if (current.length > limits.maxStringLength)
        violations.push({ pointer, code: 'stringTooLong', limit: limits.maxStringLength });
    } else if (current === null || typeof current === 'boolean') {
      chars += 5;
    } else if (typeof current === 'number') {
      chars += 8;
      if (!Number.isFinite(current)) violations.push({ pointer, code: 'notJson' });
    } else if (Array.isArray(current)) {
      chars += 2 + current.length;
      if (depth >= limits.maxDepth) violations.push({ pointer, code: 'tooDeep', limit: limits.maxDepth });
      else if (current.length > limits.maxArrayItems)
        violations.push({ pointer, code: 'tooManyItems', limit: limits.maxArrayItems });
      else
        for (let i = current.length - 1; i >= 0; i--)
          stack.push({ value: current[i], pointer: joinPointer(pointer, i), depth: depth + 1 });
    } else if (typeof current === 'object') {
      if (Object.getPrototypeOf(current) !== Object.prototype && Object.getPrototypeOf(current) !== null) {
        violations.push({ pointer, code: 'notJson' });
        continue;
      }
      const keys = Object.keys(current);
      chars += 2 + keys.length;
      const bad = keys.find((k) => FORBIDDEN_KEYS.has(k));
      if (bad !== undefined) violations.push({ pointer: joinPointer(pointer, bad), code: 'forbiddenKey', key: bad });
      else if (depth >= limits.maxDepth) violations.push({ pointer, code: 'tooDeep', limit: limits.maxDepth });
      else if (keys.length > limits.maxObjectProperties)
        violations.push({ pointer, code: 'tooManyProperties', limit: limits.maxObjectProperties });
      else {
        for (let i = keys.length - 1; i >= 0; i--) {
          const key = keys[i]!;
          chars += key.length + 3;
          stack.push({
            value: (current as Record<string, unknown>)[key],
            pointer: joinPointer(pointer, key),
            depth: depth + 1,
          });
        }
      }
    } else {
      // undefined, functions, symbols, bigints: not JSON.
      violations.push({ pointer, code: 'notJson' });
    }
    if (chars > limits.maxChars) {
      violations.push({ pointer: '', code: 'tooLarge', limit: limits.maxChars });
      break;
    }
  }
  return violations;
}
