import { Prisma } from '../../db/generated/client';
import type { LeadFilter } from '../../__generated__/resolvers-types';
import { userError } from '../common/errors';
import { leadSearchText } from '../common/containsText';
import { likePattern } from '../common/likePattern';

/** The SQL condition on `"Lead" l` for the lead table's filter, scoped to the tenant. */
export function leadWhereSql(tenantId: string, filter: LeadFilter | null | undefined): Prisma.Sql {
  const conditions = [Prisma.sql`l."tenantId" = ${tenantId}`];
  if (!filter) return conditions[0]!;
  for (const [name, value] of [
    ['minScore', filter.minScore],
    ['maxScore', filter.maxScore],
  ] as const) {
    if (value != null && (!Number.isInteger(value) || value < 0 || value > 100))
      throw userError(`${name} must be between 0 and 100`, name);
  }
  // A list as one array parameter, whatever its length: an IN list took a parameter per item, and
  // past PostgreSQL's 65,535 a long list (70,000 statuses fit in a request) failed as "Service
  // temporarily unavailable". An empty list would match nothing: said, not guessed.
  for (const [name, values] of [
    ['status', filter.status],
    ['source', filter.source],
  ] as const) {
    if (values && values.length === 0)
      throw userError(
        `filter.${name}: give at least one ${name}, or leave ${name} out for leads of any ${name}`,
        `filter.${name}`,
      );
  }
  if (filter.status)
    conditions.push(Prisma.sql`l.status::text = ANY(${[...new Set(filter.status)]}::text[])`);
  if (filter.source)
    conditions.push(Prisma.sql`l.source = ANY(${[...new Set(filter.source)]}::text[])`);
  // Owned by someone and owned by no one: said, not one of them dropped (ownerId won silently).
  if (filter.ownerId && filter.unassigned)
    throw userError(
      'filter.unassigned: leads without an owner cannot be owned by filter.ownerId; give one of the two',
      'filter.unassigned',
    );
  if (filter.ownerId) conditions.push(Prisma.sql`l."ownerId" = ${filter.ownerId}`);
  else if (filter.unassigned) conditions.push(Prisma.sql`l."ownerId" IS NULL`);
  if (filter.customerId) conditions.push(Prisma.sql`l."customerId" = ${filter.customerId}`);
  if (filter.minScore != null) conditions.push(Prisma.sql`l.score >= ${filter.minScore}`);
  if (filter.maxScore != null) conditions.push(Prisma.sql`l.score <= ${filter.maxScore}`);
  const search = filter.search?.trim();
  if (search) {
    // Name, company and email as one text, the expression "Lead_search_idx" holds: the index
    // finds the leads of a rare search, and its statistics tell the planner how many leads a
    // search keeps, so a common one walks the sort order instead. Compared field by field
    // (name, then email), PostgreSQL could use no index and guessed a handful of matches for any
    // search: at 100,000 leads, 1.1 s for a search matching nothing, 0.9 s for one matching all
    // (ADR 078).
    conditions.push(
      Prisma.sql`${Prisma.raw(leadSearchText('l'))} LIKE search_text(${likePattern(search)})`,
    );
  }
  return Prisma.join(conditions, ' AND ');
}
