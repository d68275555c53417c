import { describe, expect, it } from 'vitest';
import { compiled, objectSchema } from './fixtures/form-fixtures.js';
import { formViewForStep, prefillValues } from './form-view.js';

const form = compiled(
  objectSchema(
    {
      amount: { type: 'number' },
      secret: { type: 'string' },
      review: {
        type: 'object',
        properties: { ok: { type: 'boolean' }, audit: { type: 'string' } },
        required: ['ok', 'audit'],
        additionalProperties: false,
      },
    },
    { required: ['amount', 'secret'], dependentRequired: { amount: ['secret'] } },
  ),
  {
    UserTask_Review: {
      default: 'read',
      fields: { '/secret': 'hidden', '/review': 'write', '/review/audit': 'hidden' },
    },
  },
);
form.document.uiSchema = {
  'ui:order': ['amount', 'secret', 'review'],
  secret: { 'ui:widget': 'password' },
  review: { 'ui:order': ['ok', 'audit'] },
};

describe('formViewForStep', () => {
  it('should remove hidden fields from the schema, uiSchema, labels and values', () => {
    // when
    const view = formViewForStep(
      form,
      'UserTask_Review',
      { amount: 5, secret: 's3cret', review: { ok: true, audit: 'a' } },
      'en',
    );
    // then
    expect(Object.keys(view.schema.properties as object)).toEqual(['amount', 'review']);
    expect(view.schema.required).toEqual(['amount']);
    expect(view.schema.dependentRequired).toEqual({ amount: [] });
    expect((view.schema.properties as Record<string, { required?: string[] }>).review!.required).toEqual(['ok']);
    expect(view.uiSchema).toEqual({ 'ui:order': ['amount', 'review'], review: { 'ui:order': ['ok'] } });
    expect(Object.keys(view.labels.fields)).not.toContain('/secret');
    expect(view.data).toEqual({ amount: 5, review: { ok: true } });
    expect(JSON.stringify(view)).not.toContain('s3cret');
  });

  it('should mark read-only fields readOnly and report every visible field state', () => {
    // when
    const view = formViewForStep(form, 'UserTask_Review', {}, 'zh-CN');
    // then
    expect((view.schema.properties as Record<string, { readOnly?: boolean }>).amount!.readOnly).toBe(true);
    expect(view.fieldStates).toEqual({ '/amount': 'read', '/review': 'write', '/review/ok': 'write' });
    expect(view.labels.title).toBe('zh:form');
  });

  it('should leave the stored form untouched', () => {
    // when
    formViewForStep(form, 'UserTask_Review', {}, 'en');
    // then
    expect(Object.keys(form.document.schema.properties as object)).toEqual(['amount', 'secret', 'review']);
  });
});

describe('prefillValues', () => {
  it('should keep only the values of fields the form has', () => {
    // when
    const values = prefillValues(form, { amount: 3, processVar: 'x', secret: 'y' });
    // then
    expect(values).toEqual({ amount: 3, secret: 'y' });
  });
});
