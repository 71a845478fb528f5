import { amountIn, type MoneyTotal } from '../../../lib/moneyTotals';

/**
 * Won / target, as the API gives it per rep (OwnerForecast.attainment): only when everything won is
 * in the target's currency (amounts are never converted), null without a target or with a zero one.
 */
export function attainment(
  wonTotals: readonly MoneyTotal[],
  target: MoneyTotal | null | undefined,
): number | null {
  if (!target || Number(target.amount) === 0) return null;
  if (wonTotals.some((t) => t.currency !== target.currency)) return null;
  return Number(amountIn(wonTotals, target.currency)) / Number(target.amount);
}
