import { Prisma, type PrismaClient } from '../../db/generated/client';

/** Up to this many rows a list's total is counted exactly. */
export const EXACT_COUNT_LIMIT = 10_000;

/**
 * The number of rows of `from` matching `where`: exact up to EXACT_COUNT_LIMIT (a count that stops
 * there, so its cost does not grow with the table), above it the planner's estimate from the
 * table's statistics, never less than the limit + 1 (ADR 022).
 */
export async function countUpTo(
  prisma: PrismaClient,
  from: Prisma.Sql,
  where: Prisma.Sql,
): Promise<number> {
  const [counted] = await prisma.$queryRaw<{ n: number }[]>(
    Prisma.sql`SELECT count(*)::integer AS n FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${EXACT_COUNT_LIMIT + 1}) c`,
  );
  const exact = counted?.n ?? 0;
  if (exact <= EXACT_COUNT_LIMIT) return exact;
  const [plan] = await prisma.$queryRaw<{ 'QUERY PLAN': unknown }[]>(
    Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${from} WHERE ${where}`,
  );
  return Math.max(EXACT_COUNT_LIMIT + 1, Math.round(planRows(plan?.['QUERY PLAN'])));
}

function planRows(explained: unknown): number {
  const parsed: unknown = typeof explained === 'string' ? JSON.parse(explained) : explained;
  const root = Array.isArray(parsed) ? (parsed[0] as { Plan?: { 'Plan Rows'?: unknown } }) : null;
  const rows = root?.Plan?.['Plan Rows'];
  return typeof rows === 'number' && Number.isFinite(rows) ? rows : 0;
}
