import { Decimal } from 'decimal.js';
import type { MoneyTotal_TotalFragment } from '../../../__generated__/graphql';

/**
 * Orders customers by open pipeline, largest first, without comparing amounts across currencies:
 * customers with open deals come first, grouped by their first currency (totals are sorted by
 * currency), largest total first within a currency. With one currency, that is simply largest first.
 */
export function compareOpenDealTotals(
  a: readonly MoneyTotal_TotalFragment[],
  b: readonly MoneyTotal_TotalFragment[],
): number {
  const [x, y] = [a[0], b[0]];
  if (!x || !y) return (x ? -1 : 0) + (y ? 1 : 0);
  if (x.currency !== y.currency) return x.currency < y.currency ? -1 : 1;
  return new Decimal(y.amount).comparedTo(x.amount);
}
