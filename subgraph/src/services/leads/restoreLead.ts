import type { Context } from '../../types/context';
import type { Lead } from '../../db/generated/client';
import type { MutationRestoreLeadArgs } from '../../__generated__/resolvers-types';
import { assertCanChange } from '../common/authorize';
import { recordActivity } from '../activities/recordActivity';
import { putBack, takeFromTrash } from '../trash/takeFromTrash';

/**
 * Puts a deleted lead back as it was, within the restore window (ADR 030): its row, its score
 * history, and the link to its deal when that deal is still there and unlinked. A lead merged into
 * another takes back from it what the merge gave (engagement counts, timeline, plans). A customer
 * removed meanwhile is unlinked. Logged as RESTORED.
 */
export async function restoreLead(
  context: Context,
  { id }: MutationRestoreLeadArgs,
): Promise<Lead> {
  const { prisma, tenantId, principal } = context;
  let unmergedFrom: string | undefined;
  const restored = await prisma.$transaction(async (tx) => {
    const { data, related } = await takeFromTrash(tx, { tenantId, kind: 'Lead', id });
    unmergedFrom = related.mergedInto;
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
    // Merged into another lead: what the merge gave that lead comes back (its engagement counts,
    // and its timeline and plans where they still are), or both leads would count them (a stranger
    // found two leads scored on 7 emails where there had been 5).
    if (related.mergedInto) {
      await tx.$executeRaw`
        UPDATE "Lead" SET
          "emailsCount" = GREATEST(0, "emailsCount" - ${Number(data.emailsCount ?? 0)}),
          "callsCount" = GREATEST(0, "callsCount" - ${Number(data.callsCount ?? 0)}),
          "meetingsCount" = GREATEST(0, "meetingsCount" - ${Number(data.meetingsCount ?? 0)}),
          "visitsCount" = GREATEST(0, "visitsCount" - ${Number(data.visitsCount ?? 0)}),
          "updatedAt" = ${new Date()}
        WHERE id = ${related.mergedInto} AND "tenantId" = ${tenantId}`;
      await tx.$executeRaw`
        UPDATE "Activity" SET "leadId" = ${id}
        WHERE "tenantId" = ${tenantId} AND id = ANY(${related.activityIds ?? []}::text[])
          AND "leadId" = ${related.mergedInto}`;
      await tx.$executeRaw`
        UPDATE "PlannedActivity" SET "leadId" = ${id}
        WHERE "tenantId" = ${tenantId} AND id = ANY(${related.plannedActivityIds ?? []}::text[])
          AND "leadId" = ${related.mergedInto}`;
    }
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
      payload: {
        restored: true,
        name: String(data.name),
        ...(related.mergedInto ? { unmergedFrom: related.mergedInto } : {}),
      },
    });
    return tx.lead.findUniqueOrThrow({ where: { id } });
  });
  // The lead it was merged into has fewer engagements now: its score follows.
  if (unmergedFrom)
    await context.notify({ name: 'lead/updated', data: { tenantId, leadId: unmergedFrom } });
  return restored;
}
