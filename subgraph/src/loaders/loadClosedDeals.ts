import { Prisma, type PrismaClient } from '../db/generated/client';
import { readRaw } from '../db/rawReads';

export type ClosedDeal = {
  customerId: string;
  leadId: string | null;
  closedAt: Date;
  won: boolean;
};

/**
 * Won and lost deals of the given customers, oldest first, grouped by customer: one statement, with
 * the ids as one array parameter (one prepared statement for any number of customers), straight to
 * the pool on PostgreSQL (ADR 049): every explained lead score on a request reads it.
 */
export async function loadClosedDeals(
  prisma: PrismaClient,
  tenantId: string,
  customerIds: readonly string[],
): Promise<Map<string, ClosedDeal[]>> {
  const byCustomer = new Map<string, ClosedDeal[]>();
  const ids = [...new Set(customerIds)];
  if (ids.length === 0) return byCustomer;
  const rows = await readRaw<{
    customerId: string;
    leadId: string | null;
    closedAt: Date;
    kind: string;
  }>(
    prisma,
    Prisma.sql`
    SELECT d."customerId", d."leadId", COALESCE(d."closedAt", d."updatedAt") AS "closedAt", s.kind::text AS kind
    FROM "Deal" d JOIN "PipelineStage" s ON s.id = d."stageId"
    WHERE d."tenantId" = ${tenantId} AND s.kind IN ('WON', 'LOST') AND d."customerId" = ANY(${ids}::text[])
    ORDER BY 3, d.id`,
  );
  for (const row of rows) {
    const deal = {
      customerId: row.customerId,
      leadId: row.leadId,
      closedAt: new Date(row.closedAt),
      won: row.kind === 'WON',
    };
    const list = byCustomer.get(row.customerId);
    if (list) list.push(deal);
    else byCustomer.set(row.customerId, [deal]);
  }
  return byCustomer;
}
