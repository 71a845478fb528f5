import type { Context } from '../../types/context';
import type { Deal, Prisma } from '../../db/generated/client';
import type { QueryDealsArgs } from '../../__generated__/resolvers-types';
import { cursorDate, keysetPage, type KeysetPage } from '../common/cursor';
import { dealWhereFor } from './dealWhereFor';
import { Decimal } from '../common/money';

const FIELDS = {
  CREATED_AT: 'createdAt',
  VALUE: 'value',
  EXPECTED_CLOSE_DATE: 'expectedCloseDate',
  TITLE: 'title',
} as const;

type Page = KeysetPage<Deal>;

/**
 * A cursor's deal value: an amount a numeric(14,2) column could hold (finite, under 1e12, at most
 * two decimals), else refused. "1e-20000" is finite and small, and overflowed PostgreSQL's numeric.
 */
function cursorAmount(v: string | number): Decimal {
  const amount = new Decimal(v);
  if (!amount.isFinite() || amount.abs().gte('1e12') || amount.decimalPlaces() > 2)
    throw new Error('not a deal value');
  return amount;
}

/** A cursor's title: text (decodeCursor has refused text PostgreSQL cannot store), else refused. */
function cursorTitle(v: string | number): string {
  if (typeof v !== 'string') throw new Error('not a title');
  return v;
}

function cursorValue(
  deal: Deal,
  field: (typeof FIELDS)[keyof typeof FIELDS],
): string | number | null {
  const value = deal[field];
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  return value.toString();
}

/** A page of the tenant's deals, filtered and sorted in the database (keyset pagination). */
export async function listDeals(context: Context, args: QueryDealsArgs): Promise<Page> {
  const { prisma } = context;
  const field = FIELDS[args.orderBy?.field ?? 'CREATED_AT'];
  return keysetPage<Deal, Prisma.DealWhereInput>({
    where: await dealWhereFor(context, args.filter),
    first: args.first,
    after: args.after,
    field,
    direction: args.orderBy?.direction === 'ASC' ? 'asc' : 'desc',
    nullable: field === 'expectedCloseDate',
    toValue: (v) =>
      field === 'value' ? cursorAmount(v) : field === 'title' ? cursorTitle(v) : cursorDate(v),
    cursorValue: (deal) => cursorValue(deal, field),
    findMany: (query) => prisma.deal.findMany(query),
    count: (query) => prisma.deal.count(query),
  });
}
