import type { Context } from '../../types/context';
import { Prisma, type Lead } from '../../db/generated/client';
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
    // The lead it was merged into is locked before what the merge gave it is taken back (ADR 072):
    // a merge into it or engagement logged on it meanwhile is counted before, not raced.
    if (related.mergedInto)
      await tx.$queryRaw`
        SELECT id FROM "Lead" WHERE id = ${related.mergedInto} AND "tenantId" = ${tenantId} FOR UPDATE`;
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
    // After the timeline and the deal went back: what remains with the target is its own.
    if (related.mergedInto && related.targetLastEngagedAt !== undefined)
      await restoreLastEngagement(tx, tenantId, related.mergedInto, related.targetLastEngagedAt);
    // A target deleted since the merge is in the trash: its stored copy gives the counts back, or
    // restoring it later brought back the restored lead's engagement too (an attacker's report:
    // one call counted on two leads).
    if (related.mergedInto)
      await unmergeTrashedTarget(
        tx,
        tenantId,
        related.mergedInto,
        data,
        related.targetLastEngagedAt,
      );
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

/**
 * The last engagement of a lead another was merged into, once that one is restored: the latest of
 * its own before the merge, of the emails, calls and meetings on its timeline or its deal's (the
 * restored lead's have gone back with it) and of the other leads merged into it and still
 * in the trash. Left as the merge made it, the target kept the restored lead's recency (a scoring
 * feature) although no engagement of its own was that recent. A target in the trash has no deal
 * linked (its deal let go of it), so only its timeline counts there.
 */
function lastEngagementOf(tenantId: string, targetId: string, beforeMerge: string | null) {
  return Prisma.sql`(SELECT max(at) FROM (
      SELECT ${beforeMerge}::timestamp(3) AS at
      UNION ALL
      SELECT max(a."occurredAt") FROM "Activity" a
      WHERE a."tenantId" = ${tenantId} AND a.type IN ('EMAIL', 'CALL', 'MEETING')
        AND (a."leadId" = ${targetId}
          OR a."dealId" = (SELECT d.id FROM "Deal" d WHERE d."leadId" = ${targetId}))
      UNION ALL
      SELECT (o.data->>'lastEngagedAt')::timestamp(3) FROM "DeletedRecord" o
      WHERE o."tenantId" = ${tenantId} AND o.kind = 'Lead' AND o.related->>'mergedInto' = ${targetId}
    ) moments)`;
}

/** A live target's last engagement, once a lead merged into it is restored. */
async function restoreLastEngagement(
  tx: Prisma.TransactionClient,
  tenantId: string,
  targetId: string,
  beforeMerge: string | null,
): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Lead" SET "lastEngagedAt" = ${lastEngagementOf(tenantId, targetId, beforeMerge)}
    WHERE id = ${targetId} AND "tenantId" = ${tenantId}`;
}

/**
 * What `restoreLead` takes back from a target that is itself in the trash: the restored lead's
 * engagement counts from the target's stored copy, and its last engagement (`lastEngagementOf`).
 * Nothing when the target is not in the trash.
 */
async function unmergeTrashedTarget(
  tx: Prisma.TransactionClient,
  tenantId: string,
  targetId: string,
  source: Record<string, unknown>,
  beforeMerge: string | null | undefined,
): Promise<void> {
  const less = (field: string) =>
    Prisma.sql`GREATEST(0, COALESCE((r.data->>${field})::integer, 0) - ${Number(source[field] ?? 0)})`;
  const lastEngagedAt =
    beforeMerge === undefined
      ? Prisma.sql`r.data->'lastEngagedAt'`
      : Prisma.sql`COALESCE(to_jsonb(${lastEngagementOf(tenantId, targetId, beforeMerge)}), 'null'::jsonb)`;
  await tx.$executeRaw`
    UPDATE "DeletedRecord" r SET data = r.data || jsonb_build_object(
        'emailsCount', ${less('emailsCount')}, 'callsCount', ${less('callsCount')},
        'meetingsCount', ${less('meetingsCount')}, 'visitsCount', ${less('visitsCount')},
        'lastEngagedAt', ${lastEngagedAt})
    WHERE r."tenantId" = ${tenantId} AND r.kind = 'Lead' AND r.id = ${targetId}`;
}
