import { describe, expect, it } from 'vitest';
import { schemaForTypes, typeNameOf } from './type-schema.js';

describe('schemaForTypes', () => {
  it('should turn conditional fields into optional properties of a closed object', () => {
    // given
    const schema = {
      $id: 'core/x',
      title: 'X',
      type: 'object',
      properties: { injured: { type: 'boolean', title: 'Injured?' } },
      required: ['injured'],
      allOf: [
        {
          if: { properties: { injured: { const: true } } },
          then: { properties: { injury: { type: 'string' } }, required: ['injury'] },
        },
      ],
      dependentSchemas: { injured: { properties: { note: { type: 'string' } } } },
      unevaluatedProperties: false,
    };
    // when
    const typed = schemaForTypes(schema);
    // then
    expect(typed).toEqual({
      type: 'object',
      description: 'X',
      properties: {
        injured: { type: 'boolean', description: 'Injured?' },
        injury: { type: 'string' },
        note: { type: 'string' },
      },
      required: ['injured'],
      additionalProperties: false,
    });
    expect(schema.allOf).toHaveLength(1);
  });

  it('should name the root type after the form id', () => {
    expect(typeNameOf('core/incident-report')).toBe('CoreIncidentReport');
    expect(typeNameOf('banking/kyc-review')).toBe('BankingKycReview');
  });
});
