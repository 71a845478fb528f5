import type { Lead, Prisma, PrismaClient } from '../db/generated/client';
import type { LeadConnection, LeadFilter, LeadOrder } from '../__generated__/resolvers-types';
import { afterCursor, decodeCursor, encodeCursor, pageSize } from './cursor';
import { userError } from './errors';

const FIELDS = { SCORE: 'score', CREATED_AT: 'createdAt', STATUS: 'status', NAME: 'name' } as const;

type Args = { filter?: LeadFilter | null; orderBy?: LeadOrder | null; first?: number | null; after?: string | null };
type Page = Omit<LeadConnection, 'edges'> & { edges: { cursor: string; node: Lead }[] };

export function leadWhere(tenantId: string, filter: LeadFilter | null | undefined): Prisma.LeadWhereInput {
  const where: Prisma.LeadWhereInput = { tenantId };
  if (!filter) return where;
  for (const [name, value] of [['minScore', filter.minScore], ['maxScore', filter.maxScore]] as const) {
    if (value != null && (value < 0 || value > 100)) throw userError(`${name} must be between 0 and 100`, name);
  }
  if (filter.status?.length) where.status = { in: filter.status };
  if (filter.source?.length) where.source = { in: filter.source };
  if (filter.ownerId) where.ownerId = filter.ownerId;
  else if (filter.unassigned) where.ownerId = null;
  if (filter.customerId) where.customerId = filter.customerId;
  if (filter.minScore != null || filter.maxScore != null) {
    where.score = {
      ...(filter.minScore != null ? { gte: filter.minScore } : {}),
      ...(filter.maxScore != null ? { lte: filter.maxScore } : {}),
    };
  }
  const search = filter.search?.trim();
  if (search) {
    where.OR = [
      { name: { contains: search, mode: 'insensitive' } },
      { email: { contains: search, mode: 'insensitive' } },
    ];
  }
  return where;
}

/** A page of the tenant's leads, filtered and sorted in the database (keyset pagination). */
export async function listLeads(prisma: PrismaClient, tenantId: string, args: Args): Promise<Page> {
  const take = pageSize(args.first);
  const field = FIELDS[args.orderBy?.field ?? 'SCORE'];
  const direction = (args.orderBy?.direction ?? 'DESC') === 'ASC' ? 'asc' : 'desc';
  const where = leadWhere(tenantId, args.filter);
  const toValue = (v: string | number) => (field === 'createdAt' ? new Date(String(v)) : v);
  const paged: Prisma.LeadWhereInput = args.after
    ? { AND: [where, afterCursor(field, direction, decodeCursor(args.after), toValue)] }
    : where;
  const [rows, totalCount] = await Promise.all([
    prisma.lead.findMany({
      where: paged,
      orderBy: [{ [field]: field === 'score' ? { sort: direction, nulls: 'last' } : direction }, { id: 'asc' }],
      take: take + 1,
    }),
    prisma.lead.count({ where }),
  ]);
  const nodes = rows.slice(0, take);
  const edges = nodes.map((node) => {
    const value = node[field];
    const v = value instanceof Date ? value.toISOString() : value;
    return { cursor: encodeCursor({ v, id: node.id }), node };
  });
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > take, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
