import { describe, expect, it } from 'vitest';
import { createFormAjv } from './create-form-ajv.js';

describe('createFormAjv', () => {
  it('should not coerce types', () => {
    // given
    const validate = createFormAjv().compile({ type: 'object', properties: { n: { type: 'integer' } } });
    // when
    const ok = validate({ n: '5' });
    // then
    expect(ok).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/n', keyword: 'type' });
  });

  it('should refuse $data references and unknown keywords and formats', () => {
    // given
    const ajv = createFormAjv();
    // then
    expect(() =>
      ajv.compile({ type: 'object', properties: { a: { type: 'integer', maximum: { $data: '1/b' } } } }),
    ).toThrow();
    expect(() => ajv.compile({ type: 'string', widget: 'x' })).toThrow(/unknown keyword/);
    expect(() => ajv.compile({ type: 'string', format: 'iban' })).toThrow(/unknown format/);
  });

  it('should never load a remote $ref', () => {
    // given
    const ajv = createFormAjv();
    // then
    expect(() => ajv.compile({ $ref: 'https://json-schema.example/evil.json' })).toThrow(/can't resolve reference/);
  });

  it('should run a catastrophic-backtracking pattern in linear time', () => {
    // given: (a+)+$ takes exponential time on a backtracking engine for "aaaa…!"
    const validate = createFormAjv().compile({ type: 'string', pattern: '^(a+)+$' });
    const hostile = `${'a'.repeat(50_000)}!`;
    // when
    const started = performance.now();
    const ok = validate(hostile);
    // then
    expect(ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(validate('aaaa')).toBe(true);
  });

  it('should match Unicode patterns like ECMAScript does', () => {
    // given
    const validate = createFormAjv().compile({ type: 'string', pattern: '^[\\u4e00-\\u9fa5]{2,4}$' });
    // then
    expect(validate('张三')).toBe(true);
    expect(validate('Zhang')).toBe(false);
  });

  it('should check the attachment-id format and the standard formats', () => {
    // given
    const ajv = createFormAjv();
    const attachment = ajv.compile({ type: 'string', format: 'attachment-id' });
    const date = ajv.compile({ type: 'string', format: 'date' });
    // then
    expect(attachment('0b6f1c52-3a0e-4b7e-9c61-2f0f7d1f9a11')).toBe(true);
    expect(attachment('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
    expect(date('2026-02-30')).toBe(false);
    expect(date('2026-02-28')).toBe(true);
  });
});
