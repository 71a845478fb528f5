import { describe, expect, it } from 'vitest';
import { addDecimal } from './addDecimal';

describe('addDecimal', () => {
  it('adds money strings without float error', () => {
    expect(addDecimal('0.10', '0.20')).toBe('0.30');
    expect(addDecimal('1000000.01', '-0.02')).toBe('999999.99');
  });

  it('stays exact past the integers a double holds', () => {
    expect(addDecimal('92233720368547758.07', '0.01')).toBe('92233720368547758.08');
  });

  it('scales the amount: -1 takes it away, a probability weights it', () => {
    expect(addDecimal('300.00', '100.00', -1)).toBe('200.00');
    expect(addDecimal('30.00', '100.00', 0.35)).toBe('65.00');
    expect(addDecimal('0', '33.33', 0.5)).toBe('16.67');
  });

  it('gives back the base when the same amount is taken away again', () => {
    for (const [amount, factor] of [
      ['0.01', 0.5],
      ['0.07', 0.3],
      ['12345.67', 0.125],
    ] as const) {
      const there = addDecimal('1234.56', amount, factor);
      expect(addDecimal(there, amount, -factor)).toBe('1234.56');
    }
  });
});
