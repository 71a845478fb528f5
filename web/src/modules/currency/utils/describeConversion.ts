import { formatDate } from '../../../lib/formatDate';
import { formatMoney } from '../../../lib/formatMoney';

type Converted = {
  currency: string;
  asOf: string;
  complete: boolean;
  unconverted: readonly { currency: string; amount: string }[];
  rates: readonly { fromCurrency: string; toCurrency: string; rate: string; date: string }[];
};

/** Whether a converted total says more than the per-currency totals beside it. */
export function convertsSomething(total: Converted): boolean {
  return total.rates.length > 0 || !total.complete;
}

/**
 * What a converted total is made of, in words: each rate it used (1 JPY = 0.0067 USD, dated …) and
 * the amounts it left out for want of a rate.
 */
export function describeConversion(total: Converted): string {
  const parts = [
    `In ${total.currency} at the latest rate dated on or before ${formatDate(total.asOf)}, added exactly and rounded to cents once.`,
  ];
  for (const r of total.rates)
    parts.push(`1 ${r.fromCurrency} = ${r.rate} ${r.toCurrency} (rate of ${formatDate(r.date)}).`);
  if (total.rates.length === 0 && total.complete)
    parts.push(`Every amount is already in ${total.currency}.`);
  if (!total.complete)
    parts.push(
      `Not included, no rate: ${total.unconverted
        .map((u) => formatMoney(u.amount, u.currency))
        .join(', ')}.`,
    );
  return parts.join(' ');
}
