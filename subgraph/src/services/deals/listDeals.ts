import type { Context } from '../../types/context';
import type { Deal, Prisma } from '../../db/generated/client';
import type { QueryDealsArgs } from '../../__generated__/resolvers-types';
import { keysetPage, type KeysetPage } from '../common/cursor';
import { dealWhereFor } from './dealWhereFor';
import { Decimal } from '../common/money';

const FIELDS = {
  CREATED_AT: 'createdAt',
  VALUE: 'value',
  EXPECTED_CLOSE_DATE: 'expectedCloseDate',
  TITLE: 'title',
} as const;

type Page = KeysetPage<Deal>;

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
      field === 'value' ? new Decimal(v) : field === 'title' ? v : new Date(String(v)),
    cursorValue: (deal) => cursorValue(deal, field),
    findMany: (query) => prisma.deal.findMany(query),
    count: (query) => prisma.deal.count(query),
  });
}
