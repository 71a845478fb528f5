import type { Context } from '../../types/context';
import { Prisma, type Deal } from '../../db/generated/client';
import type { QueryDealsArgs } from '../../__generated__/resolvers-types';
import {
  badCursor,
  cursorDate,
  decodeCursor,
  encodeCursor,
  pageSize,
  type KeysetPage,
} from '../common/cursor';
import { keysetBranches, keysetPageSql, type SqlSortColumn } from '../common/keysetBranches';
import { readRaw } from '../../db/rawReads';
import { countUpTo } from '../common/countUpTo';
import { dealWhereSqlFor } from './dealWhereSqlFor';
import { Decimal } from '../common/money';

const FIELDS = {
  CREATED_AT: 'createdAt',
  VALUE: 'value',
  EXPECTED_CLOSE_DATE: 'expectedCloseDate',
  TITLE: 'title',
} as const;

type Field = (typeof FIELDS)[keyof typeof FIELDS];

/**
 * A cursor's deal value: an amount a numeric(14,2) column could hold (finite, under 1e12, at most
 * two decimals), else refused. "1e-20000" is finite and small, and overflowed PostgreSQL's numeric.
 */
function cursorAmount(v: string | number): Decimal {
  let amount: Decimal;
  try {
    amount = new Decimal(v);
  } catch {
    throw badCursor();
  }
  if (!amount.isFinite() || amount.abs().gte('1e12') || amount.decimalPlaces() > 2)
    throw badCursor();
  return amount;
}

/** The cursor's value as a parameter of the column's type; a value of another type is refused. */
function cursorParam(field: Field, v: string | number): Prisma.Sql {
  switch (field) {
    case 'createdAt':
      return Prisma.sql`${cursorDate(v).toISOString()}::timestamp(3)`;
    case 'expectedCloseDate':
      return Prisma.sql`${cursorDate(v).toISOString().slice(0, 10)}::date`;
    case 'value':
      return Prisma.sql`${cursorAmount(v).toFixed(2)}::numeric`;
    case 'title':
      // Text only: decodeCursor has refused text PostgreSQL cannot store.
      if (typeof v !== 'string') throw badCursor();
      return Prisma.sql`${v}::text`;
  }
}

function cursorValue(deal: Deal, field: Field): string | number | null {
  const value = deal[field];
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  return value.toString();
}

/**
 * A page of the tenant's deals, filtered and sorted in the database: every page, first or deep, is
 * a few index ranges (keysetBranches), with the filter of the board and the export (dealWhereSql:
 * its search ignores case and accents, ADR 071); the total is counted only when asked for, exactly
 * up to 10,000 deals (`countUpTo`).
 */
export async function listDeals(context: Context, args: QueryDealsArgs): Promise<KeysetPage<Deal>> {
  const { prisma } = context;
  const field = FIELDS[args.orderBy?.field ?? 'CREATED_AT'];
  const take = pageSize(args.first);
  const filter = await dealWhereSqlFor(context, args.filter);
  const sort: SqlSortColumn = {
    column: `d."${field}"`,
    direction: args.orderBy?.direction === 'ASC' ? 'asc' : 'desc',
    nullable: field === 'expectedCloseDate',
    value: (v) => cursorParam(field, v),
  };
  // The order the cursors of this page are handed out in, and the one a given cursor must have.
  const order = `${args.orderBy?.field ?? 'CREATED_AT'} ${sort.direction.toUpperCase()}`;
  const cursor = args.after == null ? null : decodeCursor(args.after, order);
  if (cursor?.v === null && !sort.nullable) throw badCursor();
  const rows = await readRaw<Deal & { _branch: number }>(
    prisma,
    keysetPageSql({
      table: 'Deal',
      alias: 'd',
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
    // As the lead list's: exact up to 10,000, then the planner's estimate (ADR 076).
    totalCount: () => (counted ??= countUpTo(prisma, Prisma.sql`"Deal" d`, filter)),
    pageInfo: { hasNextPage: rows.length > take, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
