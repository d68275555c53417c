/**
 * Conversions at the FEEL boundary. Variables go in as deep copies of plain data (functions,
 * class instances and symbols dropped), so an expression can never reach JavaScript behaviour
 * or mutate workflow state through them; results come back as JSON-safe data (FEEL dates and
 * durations become ISO strings).
 *
 * Why not null-prototype objects: feelin 8.2 treats only objects whose prototype is
 * Object.prototype as FEEL contexts, and formats its "no such entry" warning with String(obj),
 * which throws for a null-prototype object, so every missing key would fail. feelin's own
 * lookup stops before Object.prototype (`x.constructor`, `x.__proto__` give null); feel.test.ts
 * pins that behaviour down.
 */
import { FeelError } from './errors.js';

/** Deep copy of JSON-like data; functions and class instances become null. */
export function toFeelData(value: unknown, depth = 0): unknown {
  if (depth > 64) return null;
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint' ? null : value;
  }
  if (Array.isArray(value)) return value.map((v) => toFeelData(v, depth + 1));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    // defineProperty: an own key named "__proto__" must stay data, never become the prototype.
    Object.defineProperty(out, k, {
      value: toFeelData(v, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** Converts a FEEL result into plain JSON data; ranges and functions are not storable. */
export function fromFeelValue(value: unknown, expression: string, depth = 0): unknown {
  if (depth > 64) throw new FeelError(expression, 'result is nested too deeply');
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'function') throw new FeelError(expression, 'a function cannot be stored as a variable');
  if (Array.isArray(value)) return value.map((v) => fromFeelValue(v, expression, depth + 1));
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto === Object.prototype || proto === null) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>))
        out[k] = fromFeelValue(v, expression, depth + 1);
      return out;
    }
    // FEEL date, time, date-time and duration values serialise to their ISO form.
    const json = (value as { toJSON?: () => unknown }).toJSON;
    if (typeof json === 'function') return json.call(value);
  }
  throw new FeelError(expression, 'the result is not storable data (range or function)');
}
