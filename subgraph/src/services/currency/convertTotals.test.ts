import { describe, expect, it } from 'vitest';
import { convertTotals } from './convertTotals';

const day = new Date('2026-03-31T00:00:00Z');
const rateDay = new Date('2026-03-30T00:00:00Z');

describe('convertTotals', () => {
  it('converts each currency with its rate, keeps the reporting currency as is and names the rates', () => {
    const result = convertTotals(
      [
        { currency: 'JPY', amount: '1000000.00' },
        { currency: 'USD', amount: '1000.00' },
      ],
      'USD',
      day,
      (currency) => (currency === 'JPY' ? { rate: '0.006712', date: rateDay } : null),
    );
    expect(result).toEqual({
      currency: 'USD',
      amount: '7712.00',
      asOf: day,
      rates: [
        {
          fromCurrency: 'JPY',
          toCurrency: 'USD',
          rate: '0.006712',
          date: rateDay,
          amount: '1000000.00',
          converted: '6712.00',
        },
      ],
      unconverted: [],
      complete: true,
    });
  });

  it('lists a currency without a rate as unconverted and leaves it out of the amount', () => {
    const result = convertTotals(
      [
        { currency: 'EUR', amount: '500.00' },
        { currency: 'USD', amount: '1000.00' },
      ],
      'USD',
      day,
      () => null,
    );
    expect(result.amount).toBe('1000.00');
    expect(result.unconverted).toEqual([{ currency: 'EUR', amount: '500.00' }]);
    expect(result.complete).toBe(false);
  });

  it('adds the exact products and rounds half-up once, at the end', () => {
    const rate = { rate: '0.005', date: rateDay };
    // Each part is 0.005: rounded one by one they would make 0.02; the exact sum is 0.01.
    const both = convertTotals(
      [
        { currency: 'CHF', amount: '1.00' },
        { currency: 'EUR', amount: '1.00' },
      ],
      'USD',
      day,
      () => rate,
    );
    expect(both.amount).toBe('0.01');
    expect(
      convertTotals([{ currency: 'EUR', amount: '1.00' }], 'USD', day, () => rate).amount,
    ).toBe('0.01');
    // 14 digits times a rate with 12 decimals: no digit lost on the way (decimal.js' default
    // precision of 20 would round 999999999999.99 × 1.000000000001 to 1000000000000.99).
    const wide = convertTotals(
      [{ currency: 'EUR', amount: '999999999999.99' }],
      'USD',
      day,
      () => ({ rate: '1.000000000001', date: rateDay }),
    );
    expect(wide.amount).toBe('1000000000000.99');
    expect(
      convertTotals([{ currency: 'EUR', amount: '999999999999.99' }], 'USD', day, () => ({
        rate: '1.000000000006',
        date: rateDay,
      })).amount,
    ).toBe('1000000000005.99');
  });

  it('writes a tiny rate in plain digits', () => {
    const result = convertTotals([{ currency: 'IDR', amount: '100.00' }], 'USD', day, () => ({
      rate: '0.000000062500',
      date: rateDay,
    }));
    expect(result.rates[0]!.rate).toBe('0.0000000625');
  });
});
