import type { Deal, Prisma, PrismaClient } from '../../db/generated/client';
import type { DealFilter, DealOrder } from '../../__generated__/resolvers-types';
import { keysetPage, type KeysetPage } from '../common/cursor';
import { dealWhere } from './dealWhere';
import { Decimal } from '../common/money';

const FIELDS = {
  CREATED_AT: 'createdAt',
  VALUE: 'value',
  EXPECTED_CLOSE_DATE: 'expectedCloseDate',
  TITLE: 'title',
} as const;

type Args = {
  filter?: DealFilter | null;
  orderBy?: DealOrder | null;
  first?: number | null;
  after?: string | null;
};
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
export async function listDeals(prisma: PrismaClient, tenantId: string, args: Args): Promise<Page> {
  const field = FIELDS[args.orderBy?.field ?? 'CREATED_AT'];
  const rottingStages = args.filter?.rottingOnly
    ? await prisma.pipelineStage.findMany({
        where: { tenantId, kind: 'OPEN', rottingDays: { not: null } },
      })
    : [];
  return keysetPage<Deal, Prisma.DealWhereInput>({
    where: dealWhere(tenantId, args.filter, rottingStages),
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
