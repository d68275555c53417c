/**
 * Every keyword family forms support, end to end through checkFormDocument, compileForm and
 * validateSubmission: a valid submission passes and an invalid one fails with the pointer
 * and code the user will see.
 */
import { describe, expect, it } from 'vitest';
import { compiled, objectSchema } from './fixtures/form-fixtures.js';
import type { JsonSchema } from './form-model.js';
import { validateSubmission } from './validate-submission.js';

interface KeywordCase {
  family: string;
  schema: JsonSchema;
  valid: Record<string, unknown>;
  invalid: Record<string, unknown>;
  errors: Array<{ pointer: string; code: string }>;
}

const uuid = '0b6f1c52-3a0e-4b7e-9c61-2f0f7d1f9a11';
const form = (properties: Record<string, unknown>, extra: JsonSchema = {}) => objectSchema(properties, extra);
const closedItem = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

const cases: KeywordCase[] = [
  {
    family: 'type',
    schema: form({ n: { type: 'integer' }, b: { type: 'boolean' }, s: { type: ['string', 'null'] } }),
    valid: { n: 3, b: false, s: null },
    invalid: { n: 2.5, b: 'yes', s: 1 },
    errors: [
      { pointer: '/n', code: 'type' },
      { pointer: '/b', code: 'type' },
      { pointer: '/s', code: 'type' },
    ],
  },
  {
    family: 'enum',
    schema: form({ e: { type: 'string', enum: ['a', 'b'] } }),
    valid: { e: 'a' },
    invalid: { e: 'c' },
    errors: [{ pointer: '/e', code: 'enum' }],
  },
  {
    family: 'const',
    schema: form({ agree: { type: 'boolean', const: true } }),
    valid: { agree: true },
    invalid: { agree: false },
    errors: [{ pointer: '/agree', code: 'const' }],
  },
  {
    family: 'numeric bounds',
    schema: form({
      min: { type: 'number', minimum: 1 },
      max: { type: 'number', maximum: 10 },
      xmin: { type: 'number', exclusiveMinimum: 0 },
      xmax: { type: 'number', exclusiveMaximum: 5 },
      step: { type: 'number', multipleOf: 0.5 },
    }),
    valid: { min: 1, max: 10, xmin: 0.1, xmax: 4.9, step: 2.5 },
    invalid: { min: 0, max: 11, xmin: 0, xmax: 5, step: 0.3 },
    errors: [
      { pointer: '/min', code: 'minimum' },
      { pointer: '/max', code: 'maximum' },
      { pointer: '/xmin', code: 'exclusiveMinimum' },
      { pointer: '/xmax', code: 'exclusiveMaximum' },
      { pointer: '/step', code: 'multipleOf' },
    ],
  },
  {
    family: 'string length and pattern',
    schema: form({
      code: { type: 'string', minLength: 2, maxLength: 4, pattern: '^[A-Z]+$' },
      zip: { type: 'string', pattern: '^\\d{6}$' },
    }),
    valid: { code: 'AB', zip: '100000' },
    invalid: { code: 'abcde', zip: 'AB' },
    errors: [
      { pointer: '/code', code: 'maxLength' },
      { pointer: '/code', code: 'pattern' },
      { pointer: '/zip', code: 'pattern' },
    ],
  },
  {
    family: 'formats',
    schema: form({
      d: { type: 'string', format: 'date' },
      dt: { type: 'string', format: 'date-time' },
      t: { type: 'string', format: 'time' },
      e: { type: 'string', format: 'email' },
      u: { type: 'string', format: 'uri' },
      id: { type: 'string', format: 'uuid' },
      dur: { type: 'string', format: 'duration' },
      ip: { type: 'string', format: 'ipv4' },
      host: { type: 'string', format: 'hostname' },
      file: { type: 'string', format: 'attachment-id' },
    }),
    valid: {
      d: '2026-03-01',
      dt: '2026-03-01T08:00:00Z',
      t: '08:00:00Z',
      e: 'a@b.example',
      u: 'https://b.example/x',
      id: uuid,
      dur: 'P3D',
      ip: '10.0.0.1',
      host: 'b.example',
      file: uuid,
    },
    invalid: {
      d: '2026-13-01',
      dt: 'yesterday',
      t: '25:00',
      e: 'nobody',
      u: 'not a uri',
      id: '123',
      dur: '3 days',
      ip: '999.0.0.1',
      host: '-bad-',
      file: 'data:image/png;base64,AAAA',
    },
    errors: ['/d', '/dt', '/t', '/e', '/u', '/id', '/dur', '/ip', '/host', '/file'].map((pointer) => ({
      pointer,
      code: 'format',
    })),
  },
  {
    family: 'arrays',
    schema: form({
      tags: { type: 'array', items: { type: 'string', maxLength: 5 }, minItems: 1, maxItems: 3, uniqueItems: true },
      scores: {
        type: 'array',
        items: { type: 'integer' },
        contains: { type: 'integer', minimum: 90 },
        minContains: 1,
        maxContains: 2,
        maxItems: 10,
      },
    }),
    valid: { tags: ['a', 'b'], scores: [10, 95] },
    invalid: { tags: ['a', 'a', 'toolong', 'd'], scores: [91, 92, 93] },
    errors: [
      { pointer: '/tags', code: 'maxItems' },
      { pointer: '/tags', code: 'uniqueItems' },
      { pointer: '/tags/2', code: 'maxLength' },
      { pointer: '/scores', code: 'contains' },
    ],
  },
  {
    family: 'arrays of objects',
    schema: form({
      people: {
        type: 'array',
        maxItems: 5,
        items: closedItem({ name: { type: 'string', minLength: 1 }, age: { type: 'integer', minimum: 0 } }, ['name']),
      },
    }),
    valid: { people: [{ name: 'Li', age: 30 }] },
    invalid: { people: [{ age: -1 }, { name: 'Wang', extra: 1 }] },
    errors: [
      { pointer: '/people/0/name', code: 'required' },
      { pointer: '/people/0/age', code: 'minimum' },
      { pointer: '/people/1/extra', code: 'additionalProperties' },
    ],
  },
  {
    family: 'objects: required, additionalProperties, nested',
    schema: form(
      { name: { type: 'string' }, address: closedItem({ city: { type: 'string' } }, ['city']) },
      { required: ['name', 'address'] },
    ),
    valid: { name: 'x', address: { city: 'Hangzhou' } },
    invalid: { address: { town: 'y' }, surprise: true },
    errors: [
      { pointer: '/name', code: 'required' },
      { pointer: '/address/city', code: 'required' },
      { pointer: '/address/town', code: 'additionalProperties' },
      { pointer: '/surprise', code: 'additionalProperties' },
    ],
  },
  {
    family: 'objects: patternProperties, propertyNames, min/maxProperties',
    schema: form({
      extras: {
        type: 'object',
        patternProperties: { '^x-[a-z]+$': { type: 'string' } },
        propertyNames: { maxLength: 10 },
        minProperties: 1,
        maxProperties: 2,
        additionalProperties: false,
      },
    }),
    valid: { extras: { 'x-one': 'a' } },
    invalid: { extras: { 'x-a': 'a', 'x-b': 'b', 'x-c': 1, 'x-waytoolongname': 'c' } },
    errors: [
      { pointer: '/extras', code: 'maxProperties' },
      { pointer: '/extras/x-c', code: 'type' },
      { pointer: '/extras/x-waytoolongname', code: 'propertyNames' },
    ],
  },
  {
    family: 'dependentRequired',
    schema: form({ card: { type: 'string' }, expiry: { type: 'string' } }, { dependentRequired: { card: ['expiry'] } }),
    valid: { card: '4111', expiry: '12/29' },
    invalid: { card: '4111' },
    errors: [{ pointer: '/expiry', code: 'dependentRequired' }],
  },
  {
    family: 'dependentSchemas',
    schema: {
      ...form(
        { hasCar: { type: 'boolean' } },
        {
          dependentSchemas: {
            hasCar: { properties: { plate: { type: 'string', minLength: 5 } }, required: ['plate'] },
          },
          unevaluatedProperties: false,
        },
      ),
      additionalProperties: undefined,
    },
    valid: { hasCar: true, plate: '浙A12345' },
    invalid: { hasCar: true, plate: 'A1' },
    errors: [{ pointer: '/plate', code: 'minLength' }],
  },
  {
    family: 'if/then/else',
    schema: {
      ...form(
        { kind: { type: 'string', enum: ['person', 'company'] } },
        {
          if: { properties: { kind: { const: 'company' } }, required: ['kind'] },
          then: { properties: { taxId: { type: 'string', minLength: 15 } }, required: ['taxId'] },
          else: { properties: { idCard: { type: 'string', minLength: 18 } }, required: ['idCard'] },
          unevaluatedProperties: false,
        },
      ),
      additionalProperties: undefined,
    },
    valid: { kind: 'company', taxId: '913300001234567' },
    invalid: { kind: 'person' },
    errors: [{ pointer: '/idCard', code: 'required' }],
  },
  {
    family: 'allOf, anyOf, oneOf, not',
    schema: form(
      {
        phone: { type: 'string' },
        email: { type: 'string' },
        amount: { type: 'number', allOf: [{ minimum: 0 }, { maximum: 100 }], not: { const: 13 } },
        unit: { type: 'string', oneOf: [{ const: 'kg' }, { const: 'g' }] },
      },
      { anyOf: [{ required: ['phone'] }, { required: ['email'] }] },
    ),
    valid: { phone: '123', amount: 5, unit: 'kg' },
    invalid: { amount: 13, unit: 'lb' },
    errors: [
      { pointer: '', code: 'anyOf' },
      { pointer: '/amount', code: 'not' },
      { pointer: '/unit', code: 'oneOf' },
    ],
  },
  {
    family: '$ref and $defs',
    schema: form(
      { home: { $ref: '#/$defs/address' }, work: { $ref: '#/$defs/address' } },
      { $defs: { address: closedItem({ city: { type: 'string', minLength: 2 } }, ['city']) } },
    ),
    valid: { home: { city: 'Hangzhou' } },
    invalid: { home: { city: 'X' }, work: {} },
    errors: [
      { pointer: '/home/city', code: 'minLength' },
      { pointer: '/work/city', code: 'required' },
    ],
  },
  {
    family: 'unevaluatedItems',
    schema: form({ list: { type: 'array', items: { type: 'string' }, maxItems: 3, unevaluatedItems: false } }),
    valid: { list: ['a'] },
    invalid: { list: ['a', 2] },
    errors: [{ pointer: '/list/1', code: 'type' }],
  },
  {
    family:
      'annotations (title, description, default, examples, readOnly, writeOnly, deprecated, $comment, contentMediaType)',
    schema: form({
      note: {
        type: 'string',
        title: 'Note',
        description: 'd',
        default: 'n',
        examples: ['e'],
        readOnly: false,
        writeOnly: false,
        deprecated: true,
        $comment: 'c',
        maxLength: 3,
      },
      photo: { type: 'string', format: 'attachment-id', contentMediaType: 'image/*' },
    }),
    valid: { note: 'abc', photo: uuid },
    invalid: { note: 'abcd' },
    errors: [{ pointer: '/note', code: 'maxLength' }],
  },
  {
    family: 'two patterns in one form are kept apart',
    schema: form({ a: { type: 'string', pattern: '^a+$' }, b: { type: 'string', pattern: '^b+$' } }),
    valid: { a: 'aa', b: 'bb' },
    invalid: { a: 'bb', b: 'aa' },
    errors: [
      { pointer: '/a', code: 'pattern' },
      { pointer: '/b', code: 'pattern' },
    ],
  },
];

function clean(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema)) as JsonSchema;
}

describe('keyword families', () => {
  it.each(cases)('should accept valid and reject invalid data for $family', ({ schema, valid, invalid, errors }) => {
    // given
    const f = compiled(clean(schema));
    // when
    const good = validateSubmission(f, undefined, valid, 'en');
    const bad = validateSubmission(f, undefined, invalid, 'en');
    // then
    expect(good).toMatchObject({ ok: true, errors: [] });
    expect(bad.ok).toBe(false);
    expect(bad.errors.map(({ pointer, code }) => ({ pointer, code }))).toEqual(expect.arrayContaining(errors));
    for (const e of bad.errors) expect(e.message).not.toMatch(/undefined/);
  });

  it('should not report the branch errors of anyOf and oneOf, nor the if that failed its then', () => {
    // given
    const f = compiled(clean(cases.find((c) => c.family.startsWith('allOf'))!.schema));
    // when
    const bad = validateSubmission(f, undefined, { amount: 13, unit: 'lb' }, 'en');
    // then
    expect(bad.errors.map((e) => e.code).sort()).toEqual(['anyOf', 'not', 'oneOf']);
  });
});
