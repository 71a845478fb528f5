import { Prisma } from '../../db/generated/client';

export const Decimal = Prisma.Decimal;
export type Decimal = Prisma.Decimal;

export const ZERO = new Prisma.Decimal(0);

/** Money as the GraphQL `Decimal` scalar: a string with two decimals. */
export function formatMoney(value: Prisma.Decimal | number | string | null | undefined): string {
  return new Prisma.Decimal(value ?? 0).toFixed(2);
}
