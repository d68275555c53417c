import { describe, expect, it } from 'vitest';
import { feelStringLiteral, feelSyntaxError, stripFeelMarker } from './feel.js';

describe('FEEL checks', () => {
  it.each([
    'amount > 1000',
    'outcome = "approve"',
    'if risk.score > 70 then "high" else "low"',
    'count(items[price > 10]) >= 2',
    'date and time("2025-01-31T09:00:00Z") + duration("P1D")',
    'some x in list satisfies x > 3',
  ])('should accept %s', (expression) => {
    expect(feelSyntaxError(expression)).toBeUndefined();
  });

  it.each(['amount >', '(', '1 +* 2', '${approved}', "a == 'b'", ''])('should reject %j', (expression) => {
    expect(feelSyntaxError(expression)).toEqual(expect.any(String));
  });

  it('should strip the leading = marker and surrounding space', () => {
    expect(stripFeelMarker('  = a + b ')).toBe('a + b');
    expect(stripFeelMarker('a + b')).toBe('a + b');
  });

  it('should quote strings so FEEL reads them back unchanged', () => {
    expect(feelStringLiteral('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"');
  });
});
