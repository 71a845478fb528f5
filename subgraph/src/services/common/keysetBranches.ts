import { Prisma } from '../../db/generated/client';
import type { Cursor } from './cursor';

/** A sort column of a keyset page in SQL: `name` on the table's alias, NULLs last either way. */
export type SqlSortColumn = {
  /** The column as SQL, e.g. `l.score`. */
  column: string;
  direction: 'asc' | 'desc';
  nullable: boolean;
  /** The cursor value as a parameter of the column's type, e.g. `$1::integer`. */
  value: (v: string | number) => Prisma.Sql;
};

/** One index range of a page: its condition and its order, read in branch order. */
export type KeysetBranch = { where: Prisma.Sql; orderBy: Prisma.Sql };

/**
 * The rows after `cursor` in the order (column direction NULLS LAST, id ASC), split into index
 * ranges that PostgreSQL reads in order from an index on (…, column direction, id): the cursor's
 * ties (`column = v AND id > c`), the rows beyond it (`column < v` or `> v`), then the NULLs by id.
 * An `OR` of the three can use no index range, so each is its own branch (ADR 022). Each branch
 * excludes NULLs or is only NULLs, so an index's own NULL placement never matters.
 */
export function keysetBranches(sort: SqlSortColumn, cursor: Cursor | null): KeysetBranch[] {
  const column = Prisma.raw(sort.column);
  const direction = Prisma.raw(sort.direction === 'asc' ? 'ASC' : 'DESC');
  const byValue = Prisma.sql`${column} ${direction}, id ASC`;
  const byId = Prisma.sql`id ASC`;
  const nulls: KeysetBranch[] = sort.nullable
    ? [{ where: Prisma.sql`${column} IS NULL`, orderBy: byId }]
    : [];
  if (!cursor) return [{ where: Prisma.sql`${column} IS NOT NULL`, orderBy: byValue }, ...nulls];
  if (cursor.v === null)
    return [{ where: Prisma.sql`${column} IS NULL AND id > ${cursor.id}`, orderBy: byId }];
  const value = sort.value(cursor.v);
  const beyond = Prisma.raw(sort.direction === 'asc' ? '>' : '<');
  return [
    { where: Prisma.sql`${column} = ${value} AND id > ${cursor.id}`, orderBy: byId },
    { where: Prisma.sql`${column} ${beyond} ${value}`, orderBy: byValue },
    ...nulls,
  ];
}

/**
 * The page query: each branch an ORDER BY … LIMIT of its own on `table alias` with `filter`,
 * concatenated in branch order and cut to `limit` rows. A branch is read only for the rows the
 * branches before it left to fill: not at all when they filled the page. Read all at once, the
 * NULLs' branch of a page that the first branch filled still read its rows to have them sorted
 * away: with a search filter, 51,000 leads without a score rechecked for a first page (ADR 078).
 */
export function keysetPageSql(spec: {
  table: string;
  alias: string;
  filter: Prisma.Sql;
  sort: SqlSortColumn;
  branches: KeysetBranch[];
  limit: number;
}): Prisma.Sql {
  const { alias, sort } = spec;
  const table = Prisma.raw(`"${spec.table}" ${alias}`);
  const name = (index: number) => Prisma.raw(`"_branch${index}"`);
  const counts = spec.branches.map((_, index) => Prisma.sql`(SELECT count(*) FROM ${name(index)})`);
  const reads = spec.branches.map((branch, index) => {
    const read = Prisma.sql`SELECT ${Prisma.raw(String(index))} AS "_branch", ${Prisma.raw(alias)}.* FROM ${table}
      WHERE ${spec.filter} AND ${branch.where} ORDER BY ${branch.orderBy} LIMIT ${spec.limit}`;
    // The branch planned with the page's limit (an index range), read for what the branches
    // before it left: with none left, not at all (a LIMIT of 0 does not start its plan).
    return index === 0
      ? Prisma.sql`${name(index)} AS MATERIALIZED (${read})`
      : Prisma.sql`${name(index)} AS MATERIALIZED (SELECT * FROM (${read}) r
          LIMIT GREATEST(0, ${spec.limit} - ${Prisma.join(counts.slice(0, index), ' - ')}))`;
  });
  const all = spec.branches.map((_, index) => Prisma.sql`SELECT * FROM ${name(index)}`);
  const outer = Prisma.raw(sort.column.replace(new RegExp(`^${alias}\\.`), 'p.'));
  const direction = Prisma.raw(sort.direction === 'asc' ? 'ASC' : 'DESC');
  return Prisma.sql`WITH ${Prisma.join(reads, ', ')}
    SELECT p.* FROM (${Prisma.join(all, ' UNION ALL ')}) p
    ORDER BY p."_branch", ${outer} ${direction}, p.id LIMIT ${spec.limit}`;
}
