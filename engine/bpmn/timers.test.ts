import { describe, expect, it } from 'vitest';
import { isIsoDateTime, isIsoDuration, isIsoRepeatingInterval } from './timers.js';

describe('ISO 8601 timer syntax', () => {
  it.each(['PT15M', 'P2D', 'P1Y2M3DT4H5M6S', 'PT0.5S', 'P3W'])('should accept the duration %s', (value) => {
    expect(isIsoDuration(value)).toBe(true);
  });

  it.each(['P', 'PT', '15M', 'PT15', 'P1H', '10 minutes', 'pt15m'])('should reject the duration %s', (value) => {
    expect(isIsoDuration(value)).toBe(false);
  });

  it.each([
    '2025-01-31T09:00:00Z',
    '2025-01-31T09:00',
    '2025-01-31T09:00:00.250+08:00',
    '2025-01-31T09:00:00[Asia/Shanghai]',
  ])('should accept the date-time %s', (value) => {
    expect(isIsoDateTime(value)).toBe(true);
  });

  it.each(['2025-02-30T25:00:00Z', '2025-01-31', 'tomorrow', '31/01/2025 09:00'])(
    'should reject the date-time %s',
    (value) => {
      expect(isIsoDateTime(value)).toBe(false);
    },
  );

  it.each(['R/PT1H', 'R5/P1D', 'R/2025-01-01T09:00:00Z/P1D', 'R3/PT10M/2025-12-31T00:00:00Z'])(
    'should accept the repeating interval %s',
    (value) => {
      expect(isIsoRepeatingInterval(value)).toBe(true);
    },
  );

  it.each(['PT1H', 'R/', 'R/tomorrow', '0 0 9 * * MON', 'R/PT1H/PT2H'])(
    'should reject the repeating interval %s',
    (value) => {
      expect(isIsoRepeatingInterval(value)).toBe(false);
    },
  );
});
