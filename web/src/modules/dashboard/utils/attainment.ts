import { amountIn, type MoneyTotal } from '../../../lib/moneyTotals';

/** Won in the reporting currency, as ConvertedTotal gives it (ADR 038). */
type ConvertedWon = { currency: string; amount: string; complete: boolean };

/**
 * Won / target, as the API gives it per rep (OwnerForecast.attainment): directly when everything
 * won is in the target's currency; else through the reporting currency, when the target is in it
 * and every won amount had a rate. Null without a target, with a zero one, or with no such
 * comparison (amounts in different currencies are never divided as they are).
 */
export function attainment(
  wonTotals: readonly MoneyTotal[],
  target: MoneyTotal | null | undefined,
  wonConverted?: ConvertedWon | null,
): number | null {
  if (!target || Number(target.amount) === 0) return null;
  if (wonTotals.every((t) => t.currency === target.currency))
    return Number(amountIn(wonTotals, target.currency)) / Number(target.amount);
  if (wonConverted?.complete && wonConverted.currency === target.currency)
    return Number(wonConverted.amount) / Number(target.amount);
  return null;
}
