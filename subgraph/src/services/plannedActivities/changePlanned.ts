import type { Context } from '../../types/context';
import type { PlannedActivity, Prisma } from '../../db/generated/client';
import { conflict, notFound } from '../common/errors';
import { assertCanChangePlanned, type PlannedTarget } from './plannedTarget';

type Tx = Prisma.TransactionClient;

/** How many times a change reads its activity again when a merge moved it meanwhile. */
const MOVED_RETRIES = 3;

/**
 * Changes an open planned activity in one transaction: reads it, checks that its deal or lead still
 * exists and that the caller may change it, then claims it with `UPDATE … WHERE status = 'OPEN'` so
 * that of two concurrent changes (complete and cancel, two completes) exactly one applies; the
 * other is a CONFLICT and writes nothing.
 *
 * The deal or lead it is on, and the lead its engagement goes to, are read under their row locks
 * (ADR 020, 072), before the activity is claimed: a merge of that lead in progress finishes first,
 * and the activity is then read where the merge moved it (a completion counted its call on the
 * merged-away lead, and its timeline entry went with it to the trash).
 */
export async function changePlanned(
  { prisma, tenantId, principal }: Context,
  id: string,
  data: Prisma.PlannedActivityUpdateManyMutationInput,
  after: (tx: Tx, planned: PlannedActivity, target: PlannedTarget) => Promise<void>,
): Promise<PlannedActivity> {
  return prisma.$transaction(async (tx) => {
    const where = { id, tenantId };
    const select = { dealId: true, leadId: true, ownerId: true };
    let target: PlannedTarget | null = null;
    let ownerId: string | null = null;
    for (let attempt = 0; attempt < MOVED_RETRIES && !target; attempt += 1) {
      const on = await tx.plannedActivity.findFirst({ where, select });
      if (!on) throw notFound('Planned activity', id);
      const locked = await lockTarget(tx, tenantId, on);
      // Still on what was locked: nothing can move it now. Else a merge moved it meanwhile.
      const now = await tx.plannedActivity.findFirst({ where, select });
      if (!now) throw notFound('Planned activity', id);
      if (now.dealId !== on.dealId || now.leadId !== on.leadId) continue;
      // Not moved, and its lead gone: deleted meanwhile.
      if (!locked) throw notFound('Lead', on.leadId ?? '');
      target = locked;
      ownerId = now.ownerId;
    }
    if (!target)
      throw conflict(`Planned activity ${id} was moved to another lead meanwhile; try again`);
    assertCanChangePlanned(principal, target, ownerId);
    const claimed = await tx.plannedActivity.updateMany({
      where: { id, tenantId, status: 'OPEN' },
      data,
    });
    const planned = await tx.plannedActivity.findUniqueOrThrow({ where: { id } });
    if (claimed.count === 0) {
      throw conflict(`Planned activity ${id} is ${planned.status.toLowerCase()}, not open`, {
        status: planned.status,
      });
    }
    await after(tx, planned, target);
    return planned;
  });
}

/**
 * The deal (shared lock, as logging an activity takes it) and the lead engagement goes to
 * (`FOR UPDATE`), in that order; null when that lead is gone (merged away, and the activity moved
 * with it, or deleted). NOT_FOUND when the deal is gone.
 */
async function lockTarget(
  tx: Tx,
  tenantId: string,
  { dealId, leadId }: { dealId: string | null; leadId: string | null },
): Promise<PlannedTarget | null> {
  if (dealId) {
    const [deal] = await tx.$queryRaw<{ ownerId: string | null; leadId: string | null }[]>`
      SELECT "ownerId", "leadId" FROM "Deal" WHERE id = ${dealId} AND "tenantId" = ${tenantId}
      FOR SHARE`;
    if (!deal) throw notFound('Deal', dealId);
    if (deal.leadId && !(await lockLead(tx, tenantId, deal.leadId))) return null;
    return { dealId, leadId: null, ownerId: deal.ownerId, engagedLeadId: deal.leadId };
  }
  const lead = leadId ? await lockLead(tx, tenantId, leadId) : null;
  if (!lead) return null;
  return { dealId: null, leadId, ownerId: lead.ownerId, engagedLeadId: leadId };
}

async function lockLead(tx: Tx, tenantId: string, leadId: string) {
  const [lead] = await tx.$queryRaw<{ ownerId: string | null }[]>`
    SELECT "ownerId" FROM "Lead" WHERE id = ${leadId} AND "tenantId" = ${tenantId} FOR UPDATE`;
  return lead ?? null;
}
