import { describe, expect, it } from 'vitest';
import { formatMoney } from './formatMoney';
import {
  addToTotals,
  amountIn,
  currenciesOf,
  formatValueAndWeighted,
  sumTotals,
  totalsOrZero,
} from './moneyTotals';

const usd = (amount: string) => ({ currency: 'USD', amount });
const jpy = (amount: string) => ({ currency: 'JPY', amount });

describe('addToTotals', () => {
  it('adds a yen deal to the yen total, never to the dollars', () => {
    expect(addToTotals([usd('100.00')], jpy('5000'))).toEqual([jpy('5000.00'), usd('100.00')]);
    expect(addToTotals([jpy('5000.00'), usd('100.00')], usd('0.10'))).toEqual([
      jpy('5000.00'),
      usd('100.10'),
    ]);
  });

  it('weights exactly and drops a currency that comes to zero', () => {
    expect(addToTotals([usd('0.30')], usd('0.10'), 0.5)).toEqual([usd('0.35')]);
    expect(addToTotals([jpy('5000.00'), usd('100.00')], jpy('5000'), -1)).toEqual([usd('100.00')]);
  });

  it('keeps the fields of the total it changes', () => {
    const totals = [{ __typename: 'MoneyTotal' as const, ...usd('1.00') }];
    expect(addToTotals(totals, usd('1'))).toEqual([{ __typename: 'MoneyTotal', ...usd('2.00') }]);
  });
});

describe('sumTotals', () => {
  it('adds columns up per currency', () => {
    expect(sumTotals([[usd('0.10')], [jpy('1'), usd('0.20')], []])).toEqual([
      jpy('1.00'),
      usd('0.30'),
    ]);
  });
});

describe('one currency or several', () => {
  it('shows an empty column as zero in the pipeline currency', () => {
    expect(totalsOrZero([], 'EUR')).toEqual([{ currency: 'EUR', amount: '0.00' }]);
    expect(totalsOrZero([jpy('1.00')], 'EUR')).toEqual([jpy('1.00')]);
  });

  it('reads one currency and lists the currencies present', () => {
    expect(amountIn([jpy('1.00'), usd('2.00')], 'USD')).toBe('2.00');
    expect(amountIn([jpy('1.00')], 'USD')).toBe('0.00');
    expect(currenciesOf([[usd('1')], [jpy('1'), usd('2')]], 'EUR')).toEqual(['JPY', 'USD']);
    expect(currenciesOf([[], []], 'EUR')).toEqual(['EUR']);
  });
});

describe('formatValueAndWeighted', () => {
  const m = (amount: string, currency: string) => formatMoney(amount, currency, true);

  it('reads as before for one currency and pairs each currency otherwise', () => {
    expect(formatValueAndWeighted([usd('12000')], [usd('3000')], 'USD')).toBe(
      `${m('12000', 'USD')} · ${m('3000', 'USD')} weighted`,
    );
    expect(formatValueAndWeighted([], [], 'USD')).toBe(
      `${m('0', 'USD')} · ${m('0', 'USD')} weighted`,
    );
    expect(formatValueAndWeighted([jpy('50000'), usd('12000')], [jpy('25000')], 'USD')).toBe(
      `${m('50000', 'JPY')} · ${m('25000', 'JPY')} weighted · ${m('12000', 'USD')} · ${m('0', 'USD')} weighted`,
    );
  });
});
