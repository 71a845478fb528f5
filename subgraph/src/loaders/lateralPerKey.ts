import { Prisma, type PrismaClient } from '../db/generated/client';
import { readRaw } from '../db/rawReads';

/**
 * One statement for a batch of keys, each key's rows read by its own subquery
 * (`CROSS JOIN LATERAL`), so a per-key `ORDER BY … LIMIT n` is an index range per key instead of
 * every row of every key sorted and sliced in JavaScript. `subquery` gets the SQL that names the
 * current key (`k.key`) and returns rows of one table aliased `r`; the result is grouped by key in
 * the keys' order, each group in the subquery's order.
 *
 * `keyColumn` names a column of the rows that equals their key (a stage's deals carry `stageId`):
 * the rows are then grouped by it as they come, with no key column added to copy out of each row.
 * Without it the statement adds the key as `_key`, and each row is copied without it.
 */
export async function lateralPerKey<Row>(
  prisma: PrismaClient,
  keys: readonly string[],
  subquery: (key: Prisma.Sql) => Prisma.Sql,
  keyColumn?: keyof Row & string,
): Promise<Row[][]> {
  if (keys.length === 0) return [];
  const unique = [...new Set(keys)];
  const groups = new Map<string, Row[]>(unique.map((key) => [key, []]));
  const from = fromKeys(unique, subquery);
  if (keyColumn) {
    // Copying a row of twenty columns without one (`{ _key, ...row }`) was about a tenth of a
    // board's client CPU spent in this function (issue 11).
    for (const row of await readRaw<Row>(prisma, Prisma.sql`SELECT r.* ${from}`))
      groups.get(row[keyColumn] as string)?.push(row);
  } else {
    const rows = await readRaw<Row & { _key: string }>(
      prisma,
      Prisma.sql`SELECT k.key AS "_key", r.* ${from}`,
    );
    for (const { _key: key, ...row } of rows) groups.get(key)?.push(row as unknown as Row);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

// The keys as one array parameter: one statement text (one prepared statement) for any number.
const fromKeys = (keys: string[], subquery: (key: Prisma.Sql) => Prisma.Sql) =>
  Prisma.sql`FROM unnest(${keys}::text[]) AS k(key)
    CROSS JOIN LATERAL (${subquery(Prisma.raw('k.key'))}) r`;

/**
 * The rows of `rows` (a query), and in the same statement one value computed over all of them:
 * `beside` gets the SQL name of those rows (`found`, a relation with the query's columns) and
 * returns a scalar subquery, whose value comes back on the first row only (null without rows), so
 * it is sent and parsed once. Each row carries the column `_beside`, null but on the first row,
 * where it is set to null once read. A customer's deals bring their stages this way, one statement
 * instead of two (ADR 062).
 */
export async function readWithBeside<Row, Beside>(
  prisma: PrismaClient,
  rows: Prisma.Sql,
  beside: (rows: Prisma.Sql) => Prisma.Sql,
): Promise<{ rows: Row[]; beside: Beside | null }> {
  // The rows once (a CTE read twice is materialised), in the order the query gives them: a window
  // over no order keeps its input's order.
  const read = await readRaw<Row & { _beside: Beside | null }>(
    prisma,
    Prisma.sql`WITH found AS (${rows})
      SELECT found.*, CASE WHEN row_number() OVER () = 1 THEN (${beside(Prisma.raw('found'))}) END AS "_beside"
      FROM found`,
  );
  const first = read[0];
  const value = first ? first._beside : null;
  if (first) first._beside = null;
  return { rows: read, beside: value };
}

/** `lateralPerKey` grouped by `keyColumn`, with a value over all its rows (`readWithBeside`). */
export async function lateralPerKeyBeside<Row, Beside>(
  prisma: PrismaClient,
  keys: readonly string[],
  subquery: (key: Prisma.Sql) => Prisma.Sql,
  keyColumn: keyof Row & string,
  beside: (rows: Prisma.Sql) => Prisma.Sql,
): Promise<{ groups: Row[][]; beside: Beside | null }> {
  if (keys.length === 0) return { groups: [], beside: null };
  const unique = [...new Set(keys)];
  const groups = new Map<string, Row[]>(unique.map((key) => [key, []]));
  const read = await readWithBeside<Row, Beside>(
    prisma,
    Prisma.sql`SELECT r.* ${fromKeys(unique, subquery)}`,
    beside,
  );
  for (const row of read.rows) groups.get(row[keyColumn] as string)?.push(row);
  return { groups: keys.map((key) => groups.get(key) ?? []), beside: read.beside };
}
