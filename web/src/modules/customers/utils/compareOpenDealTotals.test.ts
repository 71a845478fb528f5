import { describe, expect, it } from 'vitest';
import { compareOpenDealTotals } from './compareOpenDealTotals';

const usd = (amount: string) => [{ currency: 'USD', amount }];
const eur = (amount: string) => [{ currency: 'EUR', amount }];

describe('compareOpenDealTotals', () => {
  it('puts the larger total first in one currency, exactly', () => {
    const rows = [usd('100.00'), usd('9007199254740993.01'), usd('9007199254740993.00')];
    expect(rows.sort(compareOpenDealTotals)).toEqual([
      usd('9007199254740993.01'),
      usd('9007199254740993.00'),
      usd('100.00'),
    ]);
  });

  it('never compares amounts in different currencies: it groups them by currency', () => {
    const rows = [usd('5.00'), eur('1.00'), usd('50.00'), eur('10.00')];
    expect(rows.sort(compareOpenDealTotals)).toEqual([
      eur('10.00'),
      eur('1.00'),
      usd('50.00'),
      usd('5.00'),
    ]);
  });

  it('puts customers without open deals last', () => {
    expect([[], usd('1.00'), []].sort(compareOpenDealTotals)).toEqual([usd('1.00'), [], []]);
  });
});
