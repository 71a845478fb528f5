import { describe, expect, it } from 'vitest';
import { formatDecimal, parseDecimal, roundDivide } from './decimalCents';

describe('decimalCents', () => {
  it('reads decimal strings into whole units of the scale', () => {
    expect(parseDecimal('12.34', 2)).toBe(1234n);
    expect(parseDecimal('-0.5', 2)).toBe(-50n);
    expect(parseDecimal('7', 2)).toBe(700n);
    expect(parseDecimal('.25', 2)).toBe(25n);
    expect(parseDecimal('1e-7', 7)).toBe(1n);
    expect(parseDecimal('1.5e3', 0)).toBe(1500n);
    expect(parseDecimal('99999999999999999999.99', 2)).toBe(9999999999999999999999n);
  });

  it('rounds extra decimals half away from zero', () => {
    expect(parseDecimal('0.125', 2)).toBe(13n);
    expect(parseDecimal('-0.125', 2)).toBe(-13n);
    expect(parseDecimal('0.124', 2)).toBe(12n);
    expect(roundDivide(-15n, 10n)).toBe(-2n);
    expect(roundDivide(14n, 10n)).toBe(1n);
  });

  it('refuses what is not a decimal', () => {
    for (const bad of ['', 'abc', '1.2.3', '--1', 'NaN', '.']) {
      expect(() => parseDecimal(bad, 2)).toThrow(RangeError);
    }
  });

  it('prints units with exactly the scale’s decimals', () => {
    expect(formatDecimal(5n, 2)).toBe('0.05');
    expect(formatDecimal(-5n, 2)).toBe('-0.05');
    expect(formatDecimal(123456n, 2)).toBe('1234.56');
    expect(formatDecimal(0n, 2)).toBe('0.00');
    expect(formatDecimal(42n, 0)).toBe('42');
  });
});
