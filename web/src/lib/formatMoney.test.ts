import { describe, expect, it } from 'vitest';
import { formatMoney } from './formatMoney';

describe('formatMoney', () => {
  it('formats an amount in its currency', () => {
    expect(formatMoney('1250.00', 'EUR')).toBe('€1,250');
    expect(formatMoney('1250000.00', 'USD', true)).toBe('$1.3M');
  });

  it('gives an exact amount with its cents, never rounded to another amount', () => {
    expect(formatMoney('1234.50', 'USD')).toBe('$1,234.50');
    expect(formatMoney('0.05', 'USD')).toBe('$0.05');
    expect(formatMoney(1234.5, 'USD')).toBe('$1,234.50');
    expect(formatMoney('999999999999.99', 'USD')).toBe('$999,999,999,999.99');
    expect(formatMoney('-12.30', 'EUR')).toBe('-€12.30');
    expect(formatMoney('1200.5', 'JPY')).toBe('¥1,200.50');
  });

  it('abbreviates only with a unit: below a thousand a compact amount is exact', () => {
    expect(formatMoney('999999999999.99', 'USD', true)).toBe('$1.0T');
    expect(formatMoney('12.35', 'USD', true)).toBe('$12.35');
    expect(formatMoney('999.50', 'USD', true)).toBe('$999.50');
  });

  it('shows an amount without a currency as a plain number, not as dollars', () => {
    expect(formatMoney('1250.00', null)).toBe('1,250');
    expect(formatMoney('1250.75', null)).toBe('1,250.75');
  });

  it('is a dash for no amount', () => {
    expect(formatMoney(null, 'USD')).toBe('—');
  });
});
