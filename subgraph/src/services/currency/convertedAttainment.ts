import { Decimal, type MoneyTotal } from '../common/money';
import type { ConvertedTotal } from './convertTotals';

/**
 * Won / target with the won amounts converted into the reporting currency (ADR 038): only when the
 * target is in that currency and every won amount had a rate; else null (never a ratio of amounts
 * in different currencies). Four decimals, as the same-currency attainment.
 */
export function convertedAttainment(won: ConvertedTotal | null, target: MoneyTotal): number | null {
  if (!won || !won.complete || won.currency !== target.currency) return null;
  const goal = new Decimal(target.amount);
  if (goal.isZero()) return null;
  return new Decimal(won.amount).dividedBy(goal).toDecimalPlaces(4).toNumber();
}
