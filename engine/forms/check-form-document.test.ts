import { describe, expect, it } from 'vitest';
import { checkFormDocument } from './check-form-document.js';
import { documentFor, objectSchema } from './fixtures/form-fixtures.js';
import { invalidFormDocuments } from './fixtures/invalid-form-documents.js';

describe('checkFormDocument', () => {
  it.each(invalidFormDocuments)('should reject a form with $name, naming the pointer', ({ document, expected }) => {
    // when
    const result = checkFormDocument(document);
    // then
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map(({ pointer, code }) => ({ pointer, code }))).toEqual(expect.arrayContaining(expected));
    for (const problem of problems) expect(problem.message.length).toBeGreaterThan(0);
  });

  it('should accept a closed form with labels in both languages and return its id', () => {
    // given
    const document = documentFor(objectSchema({ name: { type: 'string', maxLength: 20 } }, { required: ['name'] }));
    // when
    const result = checkFormDocument(document);
    // then
    expect(result).toMatchObject({ ok: true, id: 'test/form' });
  });

  it('should report every problem of a form at once', () => {
    // given
    const document = documentFor(
      objectSchema({
        a: { type: 'string', format: 'iban' },
        b: { $ref: 'https://x.example/s.json' },
        c: { type: 'string', foo: 1 },
      }),
    );
    // when
    const result = checkFormDocument(document);
    // then
    expect(result.ok ? [] : result.problems.map((p) => p.pointer)).toEqual(
      expect.arrayContaining(['/schema/properties/a/format', '/schema/properties/b/$ref', '/schema/properties/c/foo']),
    );
  });

  it('should accept conditional fields declared in branches when the object uses unevaluatedProperties', () => {
    // given
    const schema = {
      ...objectSchema({ injured: { type: 'boolean' } }),
      additionalProperties: undefined,
      unevaluatedProperties: false,
      if: { properties: { injured: { const: true } }, required: ['injured'] },
      then: { properties: { injury: { type: 'string', maxLength: 100 } }, required: ['injury'] },
    };
    delete schema.additionalProperties;
    // when
    const result = checkFormDocument(documentFor(schema));
    // then
    expect(result.ok).toBe(true);
  });

  it('should reject a field label for a field the form does not have', () => {
    // given
    const document = documentFor(objectSchema({ a: { type: 'string' } }));
    document.labels.en.fields['/b'] = { label: 'B' };
    // when
    const result = checkFormDocument(document);
    // then
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ pointer: '/labels/en/fields/~1b', code: 'FORM_LABEL_MISSING' }),
    ]);
  });
});
