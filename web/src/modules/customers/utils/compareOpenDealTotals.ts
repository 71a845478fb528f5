import type { MoneyTotal_TotalFragment } from '../../../__generated__/graphql';
import { parseDecimal } from '../../../lib/decimalCents';

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
  const [large, small] = [parseDecimal(y.amount, 2), parseDecimal(x.amount, 2)];
  return large > small ? 1 : large < small ? -1 : 0;
}
