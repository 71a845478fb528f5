import { Prisma, type PrismaClient } from '../db/generated/client';
import { readRaw } from '../db/rawReads';

/**
 * One statement for a batch of keys, each key's rows read by its own subquery
 * (`CROSS JOIN LATERAL`), so a per-key `ORDER BY … LIMIT n` is an index range per key instead of
 * every row of every key sorted and sliced in JavaScript. `subquery` gets the SQL that names the
 * current key (`k.key`) and returns rows of one table aliased `r`; the result is grouped by key in
 * the keys' order, each group in the subquery's order.
 */
export async function lateralPerKey<Row>(
  prisma: PrismaClient,
  keys: readonly string[],
  subquery: (key: Prisma.Sql) => Prisma.Sql,
): Promise<Row[][]> {
  if (keys.length === 0) return [];
  const unique = [...new Set(keys)];
  // The keys as one array parameter: one statement text (one prepared statement) for any number.
  const rows = await readRaw<Row & { _key: string }>(
    prisma,
    Prisma.sql`SELECT k.key AS "_key", r.* FROM unnest(${unique}::text[]) AS k(key)
      CROSS JOIN LATERAL (${subquery(Prisma.raw('k.key'))}) r`,
  );
  const groups = new Map<string, Row[]>(unique.map((key) => [key, []]));
  for (const { _key: key, ...row } of rows) groups.get(key)?.push(row as unknown as Row);
  return keys.map((key) => groups.get(key) ?? []);
}
