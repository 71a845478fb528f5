import type { Context } from '../../types/context';
import type { Lead } from '../../db/generated/client';
import type { MutationMergeLeadsArgs } from '../../__generated__/resolvers-types';
import { assertCanChange } from '../common/authorize';
import { userError } from '../common/errors';
import { MAX_INT } from '../common/validate';
import { recordActivity } from '../activities/recordActivity';
import { moveToTrash } from '../trash/moveToTrash';
import { leadMetadata } from './leadMetadata';
import { lockLeads, type LockedLead } from './lockLeads';
import { OPEN_LEAD_STATUSES } from './openLeadStatuses';

/**
 * Merges duplicate leads into one (issue 15): the target keeps its own values and takes the
 * sources' where it has none (email, customer, owner, metadata keys), adds up their engagement
 * counts (last engagement: the latest), and takes over their timelines, planned activities and a
 * deal (when it has none; an open target that takes a deal is CONVERTED, as a conversion leaves
 * it). The sources go to the trash (restorable for 30 days, ADR 030). Logged as MERGED on the
 * target and DELETED on each source, in one transaction.
 */
export async function mergeLeads(
  context: Context,
  { targetId, sourceIds }: MutationMergeLeadsArgs,
): Promise<Lead> {
  const { prisma, tenantId, principal } = context;
  const ids = [...new Set(sourceIds)];
  if (ids.length === 0 || ids.length > 20)
    throw userError('sourceIds: name 1 to 20 leads to merge', 'sourceIds');
  if (ids.includes(targetId))
    throw userError('sourceIds: a lead cannot be merged into itself', 'sourceIds');
  const merged = await prisma.$transaction(async (tx) => {
    // Everything below is read under the locks (ADR 072): a second merge of the same sources finds
    // them gone (NOT_FOUND), an opposite merge queues behind this one, and engagement logged on
    // the target meanwhile is counted before the sources' counts are added.
    const [target, ...sources] = (await lockLeads(tx, tenantId, [targetId, ...ids], {
      deals: true,
    })) as [LockedLead, ...LockedLead[]];
    for (const lead of [target, ...sources]) assertCanChange(principal, lead.ownerId, 'lead');
    const withDeals = sources.filter((lead) => lead.deal);
    if (withDeals.length > (target.deal ? 0 : 1))
      throw userError('sourceIds: only one of the merged leads can have a deal', 'sourceIds');

    const metadata = { ...leadMetadata(target.metadata) };
    for (const source of sources)
      for (const [key, value] of Object.entries(leadMetadata(source.metadata)))
        if (metadata[key] == null || metadata[key] === '') metadata[key] = value;
    const latest = (dates: (Date | null)[]) =>
      dates.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);
    // The target's counts are read under its lock; a sum past the column's largest value stays
    // there (as a logged call does, countEngagement), where it failed the merge with INTERNAL.
    const sum = (count: (lead: LockedLead) => number) =>
      Math.min(
        MAX_INT,
        sources.reduce((n, s) => n + count(s), count(target)),
      );
    const data = {
      email: target.email ?? sources.find((s) => s.email)?.email ?? null,
      customerId: target.customerId ?? sources.find((s) => s.customerId)?.customerId ?? null,
      ownerId: target.ownerId ?? sources.find((s) => s.ownerId)?.ownerId ?? null,
      metadata,
      emailsCount: sum((s) => s.emailsCount),
      callsCount: sum((s) => s.callsCount),
      meetingsCount: sum((s) => s.meetingsCount),
      visitsCount: sum((s) => s.visitsCount),
      lastEngagedAt: latest([target.lastEngagedAt, ...sources.map((s) => s.lastEngagedAt)]),
    };
    const dealId = withDeals[0]?.deal?.id ?? null;
    for (const source of sources) {
      await moveToTrash(tx, { tenantId, kind: 'Lead', id: source.id, deletedBy: principal.userId });
      await recordActivity(tx, {
        tenantId,
        actorId: principal.userId,
        type: 'DELETED',
        leadId: source.id,
        payload: { deleted: true, name: source.name, mergedInto: targetId },
      });
    }
    // What each source gives the target (its timeline with this DELETED entry, its plans), kept
    // with it in the trash: restoring a source takes them back, and its engagement counts; the
    // target's own last engagement lets a restore take back the source's too.
    await tx.$executeRaw`
      UPDATE "DeletedRecord" r SET related = r.related || jsonb_build_object(
        'mergedInto', ${targetId}::text,
        'targetLastEngagedAt', (SELECT t."lastEngagedAt" FROM "Lead" t WHERE t.id = ${targetId}),
        'activityIds', ARRAY(SELECT a.id FROM "Activity" a WHERE a."leadId" = r.id),
        'plannedActivityIds', ARRAY(SELECT p.id FROM "PlannedActivity" p WHERE p."leadId" = r.id))
      WHERE r."tenantId" = ${tenantId} AND r.kind = 'Lead' AND r.id = ANY(${ids}::text[])`;
    await tx.activity.updateMany({
      where: { tenantId, leadId: { in: ids } },
      data: { leadId: targetId },
    });
    await tx.plannedActivity.updateMany({
      where: { tenantId, leadId: { in: ids } },
      data: { leadId: targetId },
    });
    if (dealId) await tx.deal.update({ where: { id: dealId }, data: { leadId: targetId } });
    // A lead with a deal is a converted lead: an open one left open would be listed, routed and
    // scored as new, and converting it again failed on the deal it already has.
    const converted =
      dealId && OPEN_LEAD_STATUSES.includes(target.status) ? { status: 'CONVERTED' as const } : {};
    const row = await tx.lead.update({ where: { id: targetId }, data: { ...data, ...converted } });
    await recordActivity(tx, {
      tenantId,
      actorId: principal.userId,
      type: 'MERGED',
      leadId: targetId,
      payload: { merged: sources.map((s) => ({ id: s.id, name: s.name, email: s.email })) },
    });
    return row;
  });
  await context.notify({ name: 'lead/updated', data: { tenantId, leadId: targetId } });
  return merged;
}
