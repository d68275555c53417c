import { afterEach, describe, expect, it } from 'vitest';
import { FeelError } from './errors.js';
import { MAX_EXPRESSION_LENGTH, evaluateCondition, evaluateFeel, evaluateUnaryTest } from './feel.js';

const clock = Date.parse('2024-06-01T23:30:00.000Z');
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('FEEL', () => {
  it('should evaluate against variables and return plain JSON data', () => {
    // given
    const vars = {
      order: {
        lines: [
          { qty: 2, price: 5 },
          { qty: 1, price: 3 },
        ],
      },
    };
    // when
    const total = evaluateFeel('sum(for l in order.lines return l.qty * l.price)', vars, clock);
    const ctx = evaluateFeel('{ total: 13, due: date("2024-06-02") }', vars, clock);
    // then
    expect(total).toBe(13);
    expect(ctx).toEqual({ total: 13, due: '2024-06-02' });
    expect(Object.getPrototypeOf(ctx)).toBe(Object.prototype);
  });

  it('should take now() and today() from the workflow clock whatever the process time zone', () => {
    // given
    process.env.TZ = 'Asia/Shanghai';
    // when
    const now = evaluateFeel('string(now())', {}, clock);
    const today = evaluateFeel('string(today())', {}, clock);
    const later = evaluateCondition('now() > date and time("2024-06-01T23:00:00Z")', {}, clock);
    // then
    expect(now).toBe('2024-06-01T23:30:00Z');
    expect(today).toBe('2024-06-01');
    expect(later).toBe(true);
  });

  it('should never reach JavaScript objects through variables', () => {
    // given
    const vars = { user: { name: 'ann' } };
    // when
    const results = ['user.constructor', 'user.__proto__', 'user.toString', 'user.name.constructor'].map((e) =>
      evaluateFeel(e, vars, clock),
    );
    // then
    expect(results).toEqual([null, null, null, null]);
  });

  it('should reject expressions over the budget before evaluating them', () => {
    // given
    const long = `1${' + 1'.repeat(MAX_EXPRESSION_LENGTH)}`;
    // when
    const tooLong = () => evaluateFeel(long, {}, clock);
    const tooWide = () => evaluateFeel('count(for i in 1..100000000 return i)', {}, clock);
    // then
    expect(tooLong).toThrow(FeelError);
    expect(tooWide).toThrow(/wider than/);
  });

  it('should turn syntax errors and unstorable results into expression incidents', () => {
    // when
    const syntax = (() => {
      try {
        evaluateFeel('a >', {}, clock);
      } catch (err) {
        return err;
      }
    })() as FeelError;
    const fn = () => evaluateFeel('function(x) x + 1', {}, clock);
    // then
    expect(syntax).toBeInstanceOf(FeelError);
    expect(syntax.kind).toBe('expression');
    expect(fn).toThrow(/function/);
  });

  it('should treat only boolean true as a holding condition and support unary tests', () => {
    // when / then
    expect(evaluateCondition('missing > 3', {}, clock)).toBe(false);
    expect(evaluateCondition('"yes"', {}, clock)).toBe(false);
    expect(evaluateUnaryTest('> 10, "vip"', 'vip', {}, clock)).toBe(true);
    expect(evaluateUnaryTest('[1..5]', 7, {}, clock)).toBe(false);
  });
});
