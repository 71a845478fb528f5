import type { Context } from '../../types/context';
import type { Lead } from '../../db/generated/client';
import type { MutationRestoreLeadArgs } from '../../__generated__/resolvers-types';
import { assertCanChange } from '../common/authorize';
import { recordActivity } from '../activities/recordActivity';
import { putBack, takeFromTrash } from '../trash/takeFromTrash';

/**
 * Puts a deleted lead back as it was, within the restore window (ADR 030): its row, its score
 * history, and the link to its deal when that deal is still there and unlinked. A customer
 * removed meanwhile is unlinked. Logged as RESTORED.
 */
export async function restoreLead(
  { prisma, tenantId, principal }: Context,
  { id }: MutationRestoreLeadArgs,
): Promise<Lead> {
  const restored = await prisma.$transaction(async (tx) => {
    const { data, related } = await takeFromTrash(tx, { tenantId, kind: 'Lead', id });
    assertCanChange(principal, data.ownerId, 'lead');
    const customerId = data.customerId as string | null;
    const customer = customerId
      ? await tx.customer.findFirst({ where: { id: customerId }, select: { id: true } })
      : null;
    await putBack(tx, 'Lead', data, {
      customerId: customer?.id ?? null,
      updatedAt: new Date().toISOString(),
    });
    const snapshots = JSON.stringify(related.snapshots ?? []);
    await tx.$executeRaw`
      INSERT INTO "LeadScoreSnapshot"
      SELECT * FROM jsonb_populate_recordset(NULL::"LeadScoreSnapshot", ${snapshots}::jsonb)`;
    if (related.dealId) {
      await tx.$executeRaw`
        UPDATE "Deal" SET "leadId" = ${id}
        WHERE id = ${related.dealId} AND "tenantId" = ${tenantId} AND "leadId" IS NULL`;
    }
    await recordActivity(tx, {
      tenantId,
      actorId: principal.userId,
      type: 'RESTORED',
      leadId: id,
      payload: { restored: true, name: String(data.name) },
    });
    return tx.lead.findUniqueOrThrow({ where: { id } });
  });
  return restored;
}
