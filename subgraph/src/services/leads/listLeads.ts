import type { Context } from '../../types/context';
import { LeadStatus, type Lead, type Prisma } from '../../db/generated/client';
import type { LeadFilter, QueryLeadsArgs } from '../../__generated__/resolvers-types';
import { keysetPage, type KeysetPage } from '../common/cursor';
import { userError } from '../common/errors';

const FIELDS = { SCORE: 'score', CREATED_AT: 'createdAt', STATUS: 'status', NAME: 'name' } as const;

type Page = KeysetPage<Lead>;

/** The Prisma `where` for the lead table's filter. */
export function leadFilterWhere(
  tenantId: string,
  filter: LeadFilter | null | undefined,
): Prisma.LeadWhereInput {
  const where: Prisma.LeadWhereInput = { tenantId };
  if (!filter) return where;
  for (const [name, value] of [
    ['minScore', filter.minScore],
    ['maxScore', filter.maxScore],
  ] as const) {
    if (value != null && (value < 0 || value > 100))
      throw userError(`${name} must be between 0 and 100`, name);
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
export async function listLeads(
  { prisma, tenantId }: Context,
  args: QueryLeadsArgs,
): Promise<Page> {
  const field = FIELDS[args.orderBy?.field ?? 'SCORE'];
  return keysetPage<Lead, Prisma.LeadWhereInput>({
    where: leadFilterWhere(tenantId, args.filter),
    first: args.first,
    after: args.after,
    field,
    direction: (args.orderBy?.direction ?? 'DESC') === 'ASC' ? 'asc' : 'desc',
    nullable: field === 'score',
    enumOrder: field === 'status' ? Object.values(LeadStatus) : undefined,
    toValue: (v) => (field === 'createdAt' ? new Date(String(v)) : v),
    cursorValue: (lead) => {
      const value = lead[field];
      return value instanceof Date ? value.toISOString() : value;
    },
    findMany: (query) => prisma.lead.findMany(query),
    count: (query) => prisma.lead.count(query),
  });
}
