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
  // The keys as one array parameter: one statement text (one prepared statement) for any number.
  const from = Prisma.sql`FROM unnest(${unique}::text[]) AS k(key)
    CROSS JOIN LATERAL (${subquery(Prisma.raw('k.key'))}) r`;
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
