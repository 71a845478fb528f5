import DecimalJs from 'decimal.js';
import type { MoneyTotal } from '../common/money';

/**
 * decimal.js rounds every result to `precision` significant digits (20 by default); an amount of 14
 * digits times a rate of 24 needs 38, so products and sums here are exact at 80.
 */
const Exact = DecimalJs.clone({ precision: 80, rounding: DecimalJs.ROUND_HALF_UP });

/** 1 unit of a currency in the reporting currency, as stored for a day. */
export type RateOn = { rate: string; date: Date };

export type AppliedRate = {
  fromCurrency: string;
  toCurrency: string;
  rate: string;
  date: Date;
  amount: string;
  converted: string;
};

/** A total in the reporting currency (ConvertedTotal in the SDL). */
export type ConvertedTotal = {
  currency: string;
  amount: string;
  asOf: Date;
  rates: AppliedRate[];
  unconverted: MoneyTotal[];
  complete: boolean;
};

/**
 * Per-currency totals in the reporting currency (ADR 038): each currency's amount times its rate,
 * added exactly and rounded half-up to cents once, at the end. A currency without a rate is listed
 * in `unconverted` and left out of the amount: amounts of different currencies are never added raw.
 */
export function convertTotals(
  totals: readonly MoneyTotal[],
  reportingCurrency: string,
  asOf: Date,
  rateOf: (currency: string) => RateOn | null,
): ConvertedTotal {
  let sum = new Exact(0);
  const rates: AppliedRate[] = [];
  const unconverted: MoneyTotal[] = [];
  for (const total of totals) {
    if (total.currency === reportingCurrency) {
      sum = sum.plus(total.amount);
      continue;
    }
    const found = rateOf(total.currency);
    if (!found) {
      unconverted.push(total);
      continue;
    }
    const converted = new Exact(total.amount).times(found.rate);
    sum = sum.plus(converted);
    rates.push({
      fromCurrency: total.currency,
      toCurrency: reportingCurrency,
      rate: new Exact(found.rate).toFixed(),
      date: found.date,
      amount: total.amount,
      converted: converted.toFixed(2),
    });
  }
  return {
    currency: reportingCurrency,
    amount: sum.toFixed(2),
    asOf,
    rates,
    unconverted,
    complete: unconverted.length === 0,
  };
}
