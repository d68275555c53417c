import { describe, expect, it } from 'vitest';
import { compiled, objectSchema } from './fixtures/form-fixtures.js';
import { validateSubmission } from './validate-submission.js';

// One form shared by two steps: the requester writes the request, the approver decides.
const form = compiled(
  objectSchema(
    {
      amount: { type: 'number', minimum: 1 },
      reason: { type: 'string', minLength: 3 },
      internalNote: { type: 'string' },
      decision: {
        type: 'object',
        properties: { approved: { type: 'boolean' }, comment: { type: 'string' } },
        required: ['approved'],
        additionalProperties: false,
      },
    },
    { required: ['amount', 'reason', 'decision'] },
  ),
  {
    UserTask_Request: { fields: { '/decision': 'hidden', '/internalNote': 'hidden' } },
    UserTask_Approve: { default: 'read', fields: { '/decision': 'write', '/internalNote': 'write' } },
    UserTask_Comment: { default: 'read', fields: { '/decision/comment': 'write' } },
  },
);
const request = { amount: 100, reason: 'new laptop' };

describe('field states per step', () => {
  it('should not require fields hidden from the step, and return only what the step writes', () => {
    // when
    const result = validateSubmission(form, 'UserTask_Request', request, 'en');
    // then
    expect(result).toMatchObject({ ok: true, data: request });
  });

  it('should refuse a write to a hidden field', () => {
    // when
    const result = validateSubmission(form, 'UserTask_Request', { ...request, decision: { approved: true } }, 'en');
    // then
    expect(result.errors).toEqual([expect.objectContaining({ pointer: '/decision', code: 'fieldHidden' })]);
  });

  it('should refuse a change to a read-only field but accept it sent back unchanged', () => {
    // when
    const changed = validateSubmission(form, 'UserTask_Approve', { amount: 1000, decision: { approved: true } }, 'en', {
      current: request,
    });
    const echoed = validateSubmission(form, 'UserTask_Approve', { ...request, decision: { approved: true } }, 'en', {
      current: request,
    });
    // then
    expect(changed.errors).toEqual([
      expect.objectContaining({
        pointer: '/amount',
        code: 'fieldReadOnly',
        message: 'en:/amount is read-only at this step',
      }),
    ]);
    expect(echoed).toMatchObject({ ok: true, data: { decision: { approved: true } } });
  });

  it('should validate earlier answers against the current values, not against what was sent', () => {
    // when: the approver sends nothing of the request; it comes from the current record
    const result = validateSubmission(
      form,
      'UserTask_Approve',
      { decision: { approved: false, comment: 'no' } },
      'en',
      { current: request },
    );
    // then
    expect(result).toMatchObject({ ok: true, data: { decision: { approved: false, comment: 'no' } } });
  });

  it('should report required fields only where the step can fill them', () => {
    // when
    const result = validateSubmission(form, 'UserTask_Approve', {}, 'en', { current: { amount: 100 } });
    // then: reason is missing too, but the approver cannot write it
    expect(result.errors.map((e) => e.pointer)).toEqual(['/decision']);
  });

  it('should apply a rule on a nested field and leave its siblings read-only', () => {
    // given
    const current = { ...request, decision: { approved: true } };
    // when
    const comment = validateSubmission(
      form,
      'UserTask_Comment',
      { decision: { approved: true, comment: 'ok' } },
      'en',
      { current },
    );
    const flip = validateSubmission(form, 'UserTask_Comment', { decision: { approved: false } }, 'en', { current });
    // then
    expect(comment).toMatchObject({ ok: true, data: { decision: { comment: 'ok' } } });
    expect(flip.errors).toEqual([expect.objectContaining({ pointer: '/decision/approved', code: 'fieldReadOnly' })]);
  });

  it('should let every field be written at a step the form does not list', () => {
    // when
    const result = validateSubmission(form, 'UserTask_Other', { ...request, decision: { approved: true } }, 'en');
    // then
    expect(result.ok).toBe(true);
  });
});
