import { describe, expect, it } from 'vitest';
import { formatMoney } from './formatMoney';

describe('formatMoney', () => {
  it('formats an amount in its currency', () => {
    expect(formatMoney('1250.00', 'EUR')).toBe('€1,250');
    expect(formatMoney('1250000.00', 'USD', true)).toBe('$1.3M');
  });

  it('shows an amount without a currency as a plain number, not as dollars', () => {
    expect(formatMoney('1250.00', null)).toBe('1,250');
  });

  it('is a dash for no amount', () => {
    expect(formatMoney(null, 'USD')).toBe('—');
  });
});
