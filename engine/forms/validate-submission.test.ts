import { describe, expect, it } from 'vitest';
import { compiled, nested, objectSchema } from './fixtures/form-fixtures.js';
import { FORM_LIMITS } from './limits.js';
import { validateSubmission } from './validate-submission.js';

const form = compiled(
  objectSchema(
    {
      name: { type: 'string', maxLength: 200_000 },
      notes: { type: 'array', items: { type: 'string', maxLength: 200_000 }, maxItems: 5000 },
      tree: { type: 'object', properties: { a: { $ref: '#/$defs/node' } }, additionalProperties: false },
      people: {
        type: 'array',
        maxItems: 10,
        items: { type: 'object', properties: { n: { type: 'string' } }, additionalProperties: false },
      },
    },
    { $defs: { node: { type: 'object', properties: { a: { $ref: '#/$defs/node' } }, additionalProperties: false } } },
  ),
);

describe('validateSubmission: hostile and oversized payloads', () => {
  it.each([
    ['an array', [1, 2]],
    ['null', null],
    ['a string', 'x'],
  ])('should reject %s as the submission with notObject at the root', (_what, data) => {
    // when
    const result = validateSubmission(form, undefined, data, 'en');
    // then
    expect(result.errors).toEqual([expect.objectContaining({ pointer: '', code: 'notObject' })]);
  });

  it('should reject a __proto__ key with its pointer and leave Object.prototype alone', () => {
    // given: JSON.parse makes "__proto__" an own key, as a request body parser does
    const data = JSON.parse('{"name":"x","__proto__":{"polluted":true}}');
    // when
    const result = validateSubmission(form, undefined, data, 'en');
    // then
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ pointer: '/__proto__', code: 'forbiddenKey' })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('should reject constructor and prototype keys anywhere in the data', () => {
    // given
    const data = JSON.parse('{"people":[{"n":"a","constructor":{"prototype":{"x":1}}}]}');
    // when
    const result = validateSubmission(form, undefined, data, 'zh-CN');
    // then
    expect(result.errors).toEqual([
      expect.objectContaining({ pointer: '/people/0/constructor', code: 'forbiddenKey' }),
    ]);
    expect(result.errors[0]!.message).toContain('不被接受');
  });

  it('should reject data nested deeper than the limit without walking all of it', () => {
    // given: far deeper than any recursive walk could survive
    const data = { tree: nested(100_000) };
    // when
    const result = validateSubmission(form, undefined, data, 'en');
    // then
    expect(result.errors).toEqual([expect.objectContaining({ code: 'tooDeep' })]);
    expect(result.errors[0]!.pointer.split('/').length - 1).toBe(FORM_LIMITS.maxDataDepth);
  });

  it('should reject an overlong string, an overlong array and an oversized submission', () => {
    // given
    const longString = { name: 'x'.repeat(FORM_LIMITS.maxStringLength + 1) };
    const longArray = { notes: Array.from({ length: FORM_LIMITS.maxArrayItems + 1 }, () => 'n') };
    const large = { notes: Array.from({ length: 40 }, () => 'y'.repeat(10_000)) };
    // when / then
    expect(validateSubmission(form, undefined, longString, 'en').errors).toEqual([
      expect.objectContaining({ pointer: '/name', code: 'stringTooLong' }),
    ]);
    expect(validateSubmission(form, undefined, longArray, 'en').errors).toEqual([
      expect.objectContaining({ pointer: '/notes', code: 'tooManyItems' }),
    ]);
    expect(validateSubmission(form, undefined, large, 'en').errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ pointer: '', code: 'tooLarge' })]),
    );
  });

  it('should reject non-JSON values such as NaN', () => {
    // when
    const result = validateSubmission(form, undefined, { name: Number.NaN }, 'en');
    // then
    expect(result.errors).toEqual([expect.objectContaining({ pointer: '/name', code: 'notJson' })]);
  });

  it('should cap the number of errors reported', () => {
    // given
    const people = Array.from({ length: 10 }, (_, i) =>
      Object.fromEntries(Array.from({ length: 20 }, (_, j) => [`k${i}_${j}`, 1])),
    );
    // when
    const result = validateSubmission(form, undefined, { people }, 'en');
    // then
    expect(result.errors.length).toBeLessThanOrEqual(FORM_LIMITS.maxErrors);
  });
});

describe('validateSubmission: messages', () => {
  it('should name the field by its label in the requested language', () => {
    // given
    const f = compiled(objectSchema({ location: { type: 'string' } }, { required: ['location'] }));
    // when
    const en = validateSubmission(f, undefined, {}, 'en');
    const zh = validateSubmission(f, undefined, {}, 'zh-CN');
    // then
    expect(en.errors).toEqual([{ pointer: '/location', code: 'required', message: 'en:/location is required' }]);
    expect(zh.errors).toEqual([{ pointer: '/location', code: 'required', message: '请填写“zh:/location”' }]);
  });
});
