import type { Lead, Prisma } from '../../db/generated/client';
import { notFound } from '../common/errors';

/** A lead read under its row lock, with the id of its deal (null: none). */
export type LockedLead = Lead & { deal: { id: string } | null };

/**
 * The tenant's leads `ids`, in that order, as they are once their rows are locked (`FOR UPDATE`,
 * ADR 072): every change of a lead locks first, then checks and writes what it read under the
 * lock, so that concurrent changes queue rather than overwrite one another. Rows are locked in id
 * order, so two changes of the same leads (opposite merges) queue rather than deadlock. `deals`:
 * their deals' rows are locked first, as every change of a deal locks deal, then lead (ADR 020).
 * NOT_FOUND for the first lead that is not there (never was, or deleted or merged meanwhile).
 */
export async function lockLeads(
  tx: Prisma.TransactionClient,
  tenantId: string,
  ids: string[],
  { deals = false }: { deals?: boolean } = {},
): Promise<LockedLead[]> {
  if (deals)
    await tx.$queryRaw`
      SELECT id FROM "Deal" WHERE "tenantId" = ${tenantId} AND "leadId" = ANY(${ids}::text[])
      ORDER BY id FOR UPDATE`;
  await tx.$queryRaw`
    SELECT id FROM "Lead" WHERE "tenantId" = ${tenantId} AND id = ANY(${ids}::text[])
    ORDER BY id FOR UPDATE`;
  const rows = await tx.lead.findMany({
    where: { tenantId, id: { in: ids } },
    include: { deal: { select: { id: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const lead = byId.get(id);
    if (!lead) throw notFound('Lead', id);
    return lead;
  });
}
