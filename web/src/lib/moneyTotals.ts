import { addDecimal } from './addDecimal';
import { formatMoney } from './formatMoney';

/** An amount in one currency, as the API's MoneyTotal (extra fields such as __typename are kept). */
export type MoneyTotal = { currency: string; amount: string };

const byCurrency = (a: MoneyTotal, b: MoneyTotal) =>
  a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0;

/**
 * Per-currency totals with `amount × factor` added to its own currency's total, exactly; never to
 * another currency's. A currency whose total comes to zero is dropped, as the API leaves out a
 * currency without deals; the list stays sorted by currency like the API's.
 */
export function addToTotals<T extends MoneyTotal>(
  totals: readonly T[],
  { currency, amount }: MoneyTotal,
  factor = 1,
): T[] {
  const current = totals.find((t) => t.currency === currency);
  const sum = addDecimal(current?.amount ?? '0', amount, factor);
  const others = totals.filter((t) => t !== current);
  if (Number(sum) === 0) return others;
  const next = {
    ...(current ?? totals[0] ?? { __typename: 'MoneyTotal' }),
    currency,
    amount: sum,
  } as T;
  return [...others, next].sort(byCurrency);
}

/** Several lists of per-currency totals added up per currency (sorted by currency). */
export function sumTotals(lists: readonly (readonly MoneyTotal[])[]): MoneyTotal[] {
  const sums = new Map<string, string>();
  for (const list of lists)
    for (const { currency, amount } of list)
      sums.set(currency, addDecimal(sums.get(currency) ?? '0', amount));
  return [...sums.entries()].map(([currency, amount]) => ({ currency, amount })).sort(byCurrency);
}

/** The totals, or a zero in `currency` when there are none (an empty column shows "$0"). */
export function totalsOrZero(totals: readonly MoneyTotal[], currency: string): MoneyTotal[] {
  return totals.length ? [...totals] : [{ currency, amount: '0.00' }];
}

/** The amount in one currency (0 when there is none). */
export function amountIn(totals: readonly MoneyTotal[], currency: string): string {
  return totals.find((t) => t.currency === currency)?.amount ?? '0.00';
}

/** The currencies among several lists of totals, sorted; `fallback` alone when there are none. */
export function currenciesOf(
  lists: readonly (readonly MoneyTotal[])[],
  fallback: string,
): string[] {
  const currencies = [...new Set(lists.flatMap((list) => list.map((t) => t.currency)))].sort();
  return currencies.length ? currencies : [fallback];
}

/**
 * "$12K · $3K weighted", per currency ("$12K · $3K weighted · ¥50K · ¥25K weighted"): an open
 * value beside its weighted value, zero in `currency` when there is none.
 */
export function formatValueAndWeighted(
  totals: readonly MoneyTotal[],
  weighted: readonly MoneyTotal[],
  currency: string,
): string {
  return currenciesOf([totals, weighted], currency)
    .map(
      (c) =>
        `${formatMoney(amountIn(totals, c), c, true)} · ${formatMoney(amountIn(weighted, c), c, true)} weighted`,
    )
    .join(' · ');
}
