import { userError } from './errors';
import { isStorableText } from './validate';

/** A keyset cursor: the sort value and id of the last row of a page. */
export type Cursor = { v: string | number | null; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.v, cursor.id])).toString('base64url');
}

export function decodeCursor(raw: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    // Text the database could not take (a NUL, an unpaired surrogate) was never in a cursor we
    // made: refused here, not by PostgreSQL as an internal error.
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') {
      const [v, id] = parsed as [unknown, string];
      if (!isStorableText(id)) throw badCursor();
      if (v === null || typeof v === 'number') return { v, id };
      if (typeof v === 'string' && isStorableText(v)) return { v, id };
    }
  } catch (error) {
    // Not base64url JSON: a made-up or damaged cursor, reported below.
    if (!(error instanceof SyntaxError)) throw error;
  }
  throw badCursor();
}

/**
 * A cursor's time (an ISO string we wrote from a stored timestamp): years 1 to 9999 only, since
 * a JavaScript date outside them is written as "+275760-…", which PostgreSQL does not read.
 */
export function cursorDate(v: Cursor['v']): Date {
  const at = typeof v === 'string' ? new Date(v) : null;
  const year = at?.getUTCFullYear() ?? NaN;
  if (!at || !(year >= 1 && year <= 9999)) throw badCursor();
  return at;
}

/** A cursor's whole number within PostgreSQL's integer (a score, a count). */
export function cursorInteger(v: string | number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || Math.abs(v) > 2_147_483_647)
    throw badCursor();
  return v;
}

export function pageSize(first: number | null | undefined, max = 500): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw userError(`first must be between 1 and ${max}, got ${size}`, 'first');
  }
  return size;
}

/** How the sort column compares: its nulls (sorted last) and, for an enum, its declared order. */
export type SortColumn = {
  field: string;
  direction: 'asc' | 'desc';
  /** The column can be NULL (NULLS LAST in both directions). */
  nullable: boolean;
  /** An enum column sorts in its declared order, and Prisma can't compare enums with gt/lt. */
  enumOrder?: readonly string[] | undefined;
};

/**
 * The `where` that starts after `cursor` in the order (field direction NULLS LAST, id ASC).
 * `toValue` turns the cursor's JSON value back into the column's type; a value it can't convert
 * (a forged cursor) is BAD_USER_INPUT.
 */
export function afterCursor(
  column: SortColumn,
  cursor: Cursor,
  toValue: (v: string | number) => unknown = (v) => v,
): Record<string, unknown> {
  const { field, direction, nullable, enumOrder } = column;
  if (cursor.v === null) {
    if (!nullable) throw badCursor();
    return { [field]: null, id: { gt: cursor.id } };
  }
  let value: unknown;
  try {
    value = toValue(cursor.v);
  } catch {
    throw badCursor();
  }
  if (value instanceof Date && Number.isNaN(value.getTime())) throw badCursor();
  let beyond: unknown;
  if (enumOrder) {
    const index = enumOrder.indexOf(String(value));
    if (index < 0) throw badCursor();
    beyond = { in: direction === 'asc' ? enumOrder.slice(index + 1) : enumOrder.slice(0, index) };
  } else {
    beyond = direction === 'asc' ? { gt: value } : { lt: value };
  }
  return {
    OR: [
      { [field]: beyond },
      { [field]: value, id: { gt: cursor.id } },
      ...(nullable ? [{ [field]: null }] : []),
    ],
  };
}

/** The one answer to a cursor this API did not hand out (BAD_USER_INPUT on `after`). */
export function badCursor() {
  return userError('after is not a cursor returned by this API', 'after');
}

export type KeysetPage<Row> = {
  edges: { cursor: string; node: Row }[];
  /** Counted only when the query selects it (LeadConnection/DealConnection.totalCount). */
  totalCount: () => Promise<number>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

/**
 * One page of a cursor connection sorted by (field direction NULLS LAST, id): the rows after the
 * cursor plus one to know whether there is a next page, and the total count of the filter when
 * asked for.
 */
export async function keysetPage<Row extends { id: string }, Where extends object>(spec: {
  where: Where;
  first: number | null | undefined;
  after: string | null | undefined;
  field: string;
  direction: 'asc' | 'desc';
  nullable: boolean;
  enumOrder?: readonly string[] | undefined;
  toValue: (v: string | number) => unknown;
  cursorValue: (row: Row) => string | number | null;
  findMany: (query: {
    where: Where;
    orderBy: Record<string, unknown>[];
    take: number;
  }) => Promise<Row[]>;
  count: (query: { where: Where }) => Promise<number>;
}): Promise<KeysetPage<Row>> {
  const take = pageSize(spec.first);
  const paged = spec.after
    ? ({
        AND: [
          spec.where,
          afterCursor(
            {
              field: spec.field,
              direction: spec.direction,
              nullable: spec.nullable,
              enumOrder: spec.enumOrder,
            },
            decodeCursor(spec.after),
            spec.toValue,
          ),
        ],
      } as Where)
    : spec.where;
  const order = spec.nullable ? { sort: spec.direction, nulls: 'last' } : spec.direction;
  const rows = await spec.findMany({
    where: paged,
    orderBy: [{ [spec.field]: order }, { id: 'asc' }],
    take: take + 1,
  });
  let counted: Promise<number> | undefined;
  const totalCount = () => (counted ??= spec.count({ where: spec.where }));
  const edges = rows
    .slice(0, take)
    .map((node) => ({ cursor: encodeCursor({ v: spec.cursorValue(node), id: node.id }), node }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > take, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
