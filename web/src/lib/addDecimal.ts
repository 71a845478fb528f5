import { Decimal } from 'decimal.js';

/**
 * `base + amount × factor` on GraphQL `Decimal` strings, exactly (decimal.js, as the server's
 * Prisma.Decimal), with two decimals like the scalar: 0.1 + 0.2 and totals past 2^53 cents come
 * out right. The scaled amount is rounded to cents before it is added, half away from zero, so
 * adding it with factor f and then -f gives back `base` exactly (an undone move leaves no cent).
 */
export function addDecimal(base: string, amount: string, factor = 1): string {
  const delta = new Decimal(amount).times(factor).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return new Decimal(base).plus(delta).toFixed(2);
}
