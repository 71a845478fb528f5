import { describe, expect, it } from 'vitest';
import { formatMoneyTotals } from './formatMoneyTotals';

describe('formatMoneyTotals', () => {
  it('shows each currency with its own total', () => {
    expect(
      formatMoneyTotals([
        { currency: 'EUR', amount: '12500.00' },
        { currency: 'USD', amount: '3000.00' },
      ]),
    ).toBe('€12,500 · $3,000');
  });

  it('abbreviates when compact', () => {
    expect(formatMoneyTotals([{ currency: 'GBP', amount: '1250000.00' }], true)).toBe('£1.3M');
  });

  it('is a dash when there is nothing to total', () => {
    expect(formatMoneyTotals([])).toBe('—');
  });
});
