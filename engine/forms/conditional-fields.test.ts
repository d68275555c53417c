import { describe, expect, it } from 'vitest';
import { compiled } from './fixtures/form-fixtures.js';
import type { JsonSchema } from './form-model.js';
import { validateSubmission } from './validate-submission.js';

/** An open-by-branch form: fields declared in branches need unevaluatedProperties. */
const conditionalForm = (extra: JsonSchema) =>
  compiled({
    $id: 'test/conditional',
    type: 'object',
    properties: {
      injured: { type: 'boolean' },
      kind: { type: 'string', enum: ['person', 'company'] },
      hasCar: { type: 'boolean' },
    },
    unevaluatedProperties: false,
    ...extra,
  });

const ifInjured = {
  if: { properties: { injured: { const: true } }, required: ['injured'] },
  then: { properties: { injury: { type: 'string', minLength: 3 } }, required: ['injury'] },
};

describe('conditional sections', () => {
  it('should require and keep a then-field while its condition holds', () => {
    // given
    const form = conditionalForm(ifInjured);
    // when
    const missing = validateSubmission(form, undefined, { injured: true }, 'en');
    const given = validateSubmission(form, undefined, { injured: true, injury: 'cut hand' }, 'en');
    // then
    expect(missing.errors).toEqual([expect.objectContaining({ pointer: '/injury', code: 'required' })]);
    expect(given).toMatchObject({ ok: true, data: { injured: true, injury: 'cut hand' }, removed: [] });
  });

  it('should neither require nor validate nor store a then-field while its condition is off', () => {
    // given
    const form = conditionalForm(ifInjured);
    // when: the stale value would even fail its minLength
    const result = validateSubmission(form, undefined, { injured: false, injury: 'x' }, 'en');
    // then
    expect(result).toEqual({ ok: true, data: { injured: false }, errors: [], removed: ['/injury'] });
  });

  it('should switch between then and else fields', () => {
    // given
    const form = conditionalForm({
      if: { properties: { kind: { const: 'company' } }, required: ['kind'] },
      then: { properties: { taxId: { type: 'string' } }, required: ['taxId'] },
      else: { properties: { idCard: { type: 'string' } } },
    });
    // when
    const company = validateSubmission(form, undefined, { kind: 'company', taxId: 'T', idCard: 'I' }, 'en');
    const person = validateSubmission(form, undefined, { kind: 'person', taxId: 'T', idCard: 'I' }, 'en');
    // then
    expect(company).toMatchObject({ ok: true, data: { kind: 'company', taxId: 'T' }, removed: ['/idCard'] });
    expect(person).toMatchObject({ ok: true, data: { kind: 'person', idCard: 'I' }, removed: ['/taxId'] });
  });

  it('should show a dependentSchemas field only while its trigger field is present', () => {
    // given
    const form = conditionalForm({
      dependentSchemas: { hasCar: { properties: { plate: { type: 'string' } }, required: ['plate'] } },
    });
    // when
    const withCar = validateSubmission(form, undefined, { hasCar: true }, 'en');
    const withoutCar = validateSubmission(form, undefined, { plate: 'A1' }, 'en');
    // then
    expect(withCar.errors).toEqual([expect.objectContaining({ pointer: '/plate', code: 'required' })]);
    expect(withoutCar).toMatchObject({ ok: true, data: {}, removed: ['/plate'] });
  });

  it('should evaluate several conditions in allOf independently', () => {
    // given
    const form = conditionalForm({
      allOf: [
        ifInjured,
        {
          if: { properties: { kind: { const: 'company' } }, required: ['kind'] },
          then: { properties: { taxId: { type: 'string' } }, required: ['taxId'] },
        },
      ],
    });
    // when
    const result = validateSubmission(form, undefined, { injured: false, injury: 'old', kind: 'company' }, 'en');
    // then
    expect(result.errors).toEqual([expect.objectContaining({ pointer: '/taxId', code: 'required' })]);
    expect(result.removed).toEqual(['/injury']);
  });

  it('should drop a field whose condition depends on a field that was itself dropped', () => {
    // given: detail shows when injured, extra shows when detail is "severe"
    const form = conditionalForm({
      allOf: [
        {
          if: { properties: { injured: { const: true } }, required: ['injured'] },
          then: { properties: { detail: { type: 'string' } } },
        },
        {
          if: { properties: { detail: { const: 'severe' } }, required: ['detail'] },
          then: { properties: { extra: { type: 'string' } } },
        },
      ],
    });
    // when
    const result = validateSubmission(form, undefined, { injured: false, detail: 'severe', extra: 'x' }, 'en');
    // then
    expect(result).toMatchObject({ ok: true, data: { injured: false } });
    expect(result.removed.sort()).toEqual(['/detail', '/extra']);
  });

  it('should apply conditions inside nested objects to that object', () => {
    // given
    const form = compiled({
      $id: 'test/nested',
      type: 'object',
      properties: {
        vehicle: {
          type: 'object',
          properties: { owned: { type: 'boolean' } },
          if: { properties: { owned: { const: false } }, required: ['owned'] },
          then: { properties: { lender: { type: 'string' } }, required: ['lender'] },
          unevaluatedProperties: false,
        },
      },
      additionalProperties: false,
    });
    // when
    const borrowed = validateSubmission(form, undefined, { vehicle: { owned: false } }, 'en');
    const owned = validateSubmission(form, undefined, { vehicle: { owned: true, lender: 'x' } }, 'en');
    // then
    expect(borrowed.errors).toEqual([expect.objectContaining({ pointer: '/vehicle/lender', code: 'required' })]);
    expect(owned).toMatchObject({ ok: true, data: { vehicle: { owned: true } }, removed: ['/vehicle/lender'] });
  });
});
