import type { Deal, Prisma, PrismaClient } from '../db/generated/client';
import type { DealConnection, DealFilter, DealOrder } from '../__generated__/resolvers-types';
import { afterCursor, decodeCursor, encodeCursor, pageSize } from './cursor';
import { dealWhere } from './dealWhere';
import { Decimal } from './money';

const FIELDS = {
  CREATED_AT: 'createdAt',
  VALUE: 'value',
  EXPECTED_CLOSE_DATE: 'expectedCloseDate',
  TITLE: 'title',
} as const;

type Args = { filter?: DealFilter | null; orderBy?: DealOrder | null; first?: number | null; after?: string | null };
type Page = Omit<DealConnection, 'edges'> & { edges: { cursor: string; node: Deal }[] };

function cursorValue(deal: Deal, field: (typeof FIELDS)[keyof typeof FIELDS]): string | number | null {
  const value = deal[field];
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  return value.toString();
}

/** A page of the tenant's deals, filtered and sorted in the database (keyset pagination). */
export async function listDeals(prisma: PrismaClient, tenantId: string, args: Args): Promise<Page> {
  const take = pageSize(args.first);
  const field = FIELDS[args.orderBy?.field ?? 'CREATED_AT'];
  const direction = args.orderBy?.direction === 'ASC' ? 'asc' : 'desc';
  const rottingStages = args.filter?.rottingOnly
    ? await prisma.pipelineStage.findMany({ where: { tenantId, kind: 'OPEN', rottingDays: { not: null } } })
    : [];
  const where = dealWhere(tenantId, args.filter, rottingStages);
  const toValue = (v: string | number) =>
    field === 'value' ? new Decimal(v) : field === 'title' ? v : new Date(String(v));
  const paged: Prisma.DealWhereInput = args.after
    ? { AND: [where, afterCursor(field, direction, decodeCursor(args.after), toValue)] }
    : where;
  const [rows, totalCount] = await Promise.all([
    prisma.deal.findMany({
      where: paged,
      orderBy: [{ [field]: field === 'expectedCloseDate' ? { sort: direction, nulls: 'last' } : direction }, { id: 'asc' }],
      take: take + 1,
    }),
    prisma.deal.count({ where }),
  ]);
  const nodes = rows.slice(0, take);
  const edges = nodes.map((node) => ({ cursor: encodeCursor({ v: cursorValue(node, field), id: node.id }), node }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > take, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
