import { describe, expect, it } from 'vitest';
import { convertsSomething, describeConversion } from './describeConversion';

const yen = { fromCurrency: 'JPY', toCurrency: 'USD', rate: '0.0067', date: '2026-11-19' };

describe('describeConversion', () => {
  it('names each rate with its date and what was left out', () => {
    const text = describeConversion({
      currency: 'USD',
      asOf: '2026-11-29',
      complete: false,
      rates: [yen],
      unconverted: [{ currency: 'EUR', amount: '500.00' }],
    });
    expect(text).toBe(
      'In USD at the latest rate dated on or before Nov 29, 2026, added exactly and rounded to cents once. ' +
        '1 JPY = 0.0067 USD (rate of Nov 19, 2026). Not included, no rate: €500.',
    );
  });

  it('says when nothing needed converting, and whether a total is worth showing', () => {
    const plain = {
      currency: 'USD',
      asOf: '2026-11-29',
      complete: true,
      rates: [],
      unconverted: [],
    };
    expect(describeConversion(plain)).toMatch(/Every amount is already in USD\.$/);
    expect(convertsSomething(plain)).toBe(false);
    expect(convertsSomething({ ...plain, rates: [yen] })).toBe(true);
    expect(
      convertsSomething({
        ...plain,
        complete: false,
        unconverted: [{ currency: 'EUR', amount: '1' }],
      }),
    ).toBe(true);
  });
});
