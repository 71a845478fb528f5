import type { Context } from '../../types/context';
import { Prisma, type PlannedActivity } from '../../db/generated/client';
import type { QueryMyDayArgs } from '../../__generated__/resolvers-types';
import type { PlannedActivityConnectionParent } from '../../types/mappers';
import { cursorDate, decodeCursor, encodeCursor, pageSize } from '../common/cursor';
import { endOfDay } from './endOfDay';

/**
 * A user's open planned activities due before the end of today in `timeZone` (so overdue ones
 * too), earliest first, in keyset pages over (dueAt, id). The signed-in user's by default.
 * Activities of deleted deals and leads are left out.
 */
export async function myDay(
  { prisma, tenantId, principal }: Context,
  args: QueryMyDayArgs,
  now = new Date(),
): Promise<PlannedActivityConnectionParent> {
  const first = pageSize(args.first);
  const ownerId = args.ownerId ?? principal.userId;
  const until = endOfDay(now, args.timeZone ?? 'UTC');
  let start = Prisma.empty;
  if (args.after != null) {
    const cursor = decodeCursor(args.after);
    const at = cursorDate(cursor.v);
    start = Prisma.sql`AND (p."dueAt", p.id) > (${at}, ${cursor.id})`;
  }
  // A deleted deal or lead is left out by joining each row to it by its key: `dealId IS NULL OR
  // EXISTS (…)` was planned as a hashed subquery, a sequential scan of every deal and every lead
  // of the database for each page (ADR 076).
  const rows = await prisma.$queryRaw<PlannedActivity[]>`
    SELECT p.* FROM "PlannedActivity" p
      LEFT JOIN "Deal" d ON d.id = p."dealId"
      LEFT JOIN "Lead" l ON l.id = p."leadId"
    WHERE p."tenantId" = ${tenantId} AND p."ownerId" = ${ownerId} AND p.status = 'OPEN'
      AND p."dueAt" < ${until} ${start}
      AND (p."dealId" IS NULL OR d.id IS NOT NULL)
      AND (p."leadId" IS NULL OR l.id IS NOT NULL)
    ORDER BY p."dueAt", p.id LIMIT ${first + 1}`;
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({
    cursor: encodeCursor({ v: node.dueAt.toISOString(), id: node.id }),
    node,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
