import { Prisma } from '../../db/generated/client';

export const Decimal = Prisma.Decimal;
export type Decimal = Prisma.Decimal;

export const ZERO = new Prisma.Decimal(0);

/** What a Decimal is made from: a Decimal, a decimal string or a number. */
export type MoneyValue = Prisma.Decimal | number | string;

/** Money as the GraphQL `Decimal` scalar: a string with two decimals. */
export function formatMoney(value: Prisma.Decimal | number | string | null | undefined): string {
  return new Prisma.Decimal(value ?? 0).toFixed(2);
}

/** An amount in one currency (MoneyTotal in the SDL). */
export type MoneyTotal = { currency: string; amount: string };

/** Adds amounts up per currency, never across currencies; one total per currency, by code. */
export function sumByCurrency(amounts: { currency: string; amount: MoneyValue }[]): MoneyTotal[] {
  const sums = new Map<string, Prisma.Decimal>();
  for (const { currency, amount } of amounts)
    sums.set(currency, (sums.get(currency) ?? ZERO).plus(amount));
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, sum]) => ({ currency, amount: formatMoney(sum) }));
}

/** The amount of per-currency totals when there is at most one currency (0 for none), else null. */
export function singleCurrencyAmount(totals: MoneyTotal[]): string | null {
  if (totals.length > 1) return null;
  return totals[0]?.amount ?? formatMoney(ZERO);
}
