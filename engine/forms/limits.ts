/**
 * Bounds on what a form and a submission may contain. Schemas and data come from users and
 * plugins, so every walk over them is bounded before anything else looks at them.
 */
export const FORM_LIMITS = {
  /** Serialized size of a whole form document (schema, uiSchema, labels, steps), in UTF-16 units. */
  maxDocumentChars: 512 * 1024,
  /** Nesting depth of the form document's JSON (objects and arrays). */
  maxDocumentDepth: 64,
  /** Nesting depth of subschemas inside the schema. */
  maxSchemaDepth: 24,
  /** Number of subschemas in one schema. */
  maxSchemaNodes: 4000,
  /** Length of one `pattern` or `patternProperties` key. */
  maxPatternLength: 500,
  /** Serialized size of one submission, in UTF-16 units. */
  maxDataChars: 256 * 1024,
  /** Nesting depth of a submission. */
  maxDataDepth: 16,
  /** Items in any one array of a submission. */
  maxArrayItems: 1000,
  /** Properties of any one object of a submission. */
  maxObjectProperties: 500,
  /** Length of any one string of a submission. */
  maxStringLength: 100_000,
  /** At most this many errors are reported for one submission. */
  maxErrors: 100,
} as const;

/** Keys that would reach Object.prototype when data is copied naively: never accepted anywhere. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
