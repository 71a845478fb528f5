import type { PrismaClient } from '../db/generated/client';

type Table = { name: string; tenant: boolean };

async function tablesOf(prisma: PrismaClient): Promise<Table[]> {
  const rows = await prisma.$queryRaw<{ name: string; tenant: boolean }[]>`
    SELECT t.table_name AS name,
           EXISTS (SELECT 1 FROM information_schema.columns c
                   WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                     AND c.column_name = 'tenantId') AS tenant
    FROM information_schema.tables t
    WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
    ORDER BY 1`;
  return rows;
}

/**
 * Row count and checksum of every table (or of one tenant's rows of every table that has a
 * tenantId), in one statement: equal fingerprints before and after a call mean it wrote nothing.
 */
export async function databaseFingerprint(
  prisma: PrismaClient,
  tenantId?: string,
): Promise<Record<string, string>> {
  const tables = (await tablesOf(prisma)).filter((t) => !tenantId || t.tenant);
  const parts = tables.map(
    (t) =>
      `SELECT '${t.name}' AS name, count(*)::int AS rows,
              md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS sum
       FROM "${t.name}" x${tenantId ? ` WHERE x."tenantId" = $1` : ''}`,
  );
  const rows = await prisma.$queryRawUnsafe<{ name: string; rows: number; sum: string }[]>(
    parts.join(' UNION ALL '),
    ...(tenantId ? [tenantId] : []),
  );
  return Object.fromEntries(rows.map((r) => [r.name, `${r.rows} rows, md5 ${r.sum}`]));
}
