import type { Context } from '../../types/context';
import { LeadStatus, Prisma, type Lead } from '../../db/generated/client';
import type { QueryLeadsArgs } from '../../__generated__/resolvers-types';
import {
  badCursor,
  cursorDate,
  cursorInteger,
  decodeCursor,
  encodeCursor,
  pageSize,
  type KeysetPage,
} from '../common/cursor';
import { keysetBranches, keysetPageSql, type SqlSortColumn } from '../common/keysetBranches';
import { countUpTo } from '../common/countUpTo';
import { leadWhereSql } from './leadWhereSql';
import { readRaw } from '../../db/rawReads';

type Field = 'score' | 'createdAt' | 'status' | 'name';

const FIELDS: Record<NonNullable<QueryLeadsArgs['orderBy']>['field'], Field> = {
  SCORE: 'score',
  CREATED_AT: 'createdAt',
  STATUS: 'status',
  NAME: 'name',
};

const STATUSES: readonly string[] = Object.values(LeadStatus);

/** The cursor's value as a parameter of the column's type; a value of another type is refused. */
function cursorParam(field: Field, v: string | number): Prisma.Sql {
  switch (field) {
    case 'score':
      return Prisma.sql`${cursorInteger(v)}::integer`;
    case 'createdAt':
      return Prisma.sql`${cursorDate(v).toISOString()}::timestamp(3)`;
    case 'status':
      if (typeof v !== 'string' || !STATUSES.includes(v)) throw badCursor();
      return Prisma.sql`${v}::"LeadStatus"`;
    case 'name':
      if (typeof v !== 'string') throw badCursor();
      return Prisma.sql`${v}::text`;
  }
}

function cursorValue(lead: Lead, field: Field): string | number | null {
  const value = lead[field];
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * A page of the tenant's leads, filtered and sorted in the database: every page, first or deep,
 * is a few index ranges (keysetBranches), and the total is counted only when asked for (ADR 022).
 */
export async function listLeads(
  { prisma, tenantId }: Context,
  args: QueryLeadsArgs,
): Promise<KeysetPage<Lead>> {
  const field = FIELDS[args.orderBy?.field ?? 'SCORE'];
  const take = pageSize(args.first);
  const filter = leadWhereSql(tenantId, args.filter);
  const sort: SqlSortColumn = {
    column: `l."${field}"`,
    direction: (args.orderBy?.direction ?? 'DESC') === 'ASC' ? 'asc' : 'desc',
    nullable: field === 'score',
    value: (v) => cursorParam(field, v),
  };
  // The order the cursors of this page are handed out in, and the one a given cursor must have.
  const order = `${args.orderBy?.field ?? 'SCORE'} ${sort.direction.toUpperCase()}`;
  const cursor = args.after == null ? null : decodeCursor(args.after, order);
  if (cursor?.v === null && !sort.nullable) throw badCursor();
  const rows = await readRaw<Lead & { _branch: number }>(
    prisma,
    keysetPageSql({
      table: 'Lead',
      alias: 'l',
      filter,
      sort,
      branches: keysetBranches(sort, cursor),
      limit: take + 1,
    }),
  );
  const edges = rows.slice(0, take).map(({ _branch, ...node }) => ({
    cursor: encodeCursor({ v: cursorValue(node, field), id: node.id }, order),
    node,
  }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    totalCount: () => (counted ??= countUpTo(prisma, Prisma.sql`"Lead" l`, filter)),
    pageInfo: { hasNextPage: rows.length > take, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
