import type { Prisma } from '../../db/generated/client';
import type { Principal } from '../../auth/principal';
import { forbidden, notFound } from '../common/errors';

type Db = Prisma.TransactionClient;

/** The deal or lead a planned activity is on: its owner, and the lead engagement counts go to. */
export type PlannedTarget = {
  dealId: string | null;
  leadId: string | null;
  ownerId: string | null;
  /** The lead whose engagement a done call, meeting or email adds to (a deal's converted lead). */
  engagedLeadId: string | null;
};

/** The deal or lead of the tenant (not deleted), or NOT_FOUND. */
export async function plannedTarget(
  db: Db,
  tenantId: string,
  { dealId, leadId }: { dealId?: string | null; leadId?: string | null },
): Promise<PlannedTarget> {
  if (dealId) {
    const deal = await db.deal.findFirst({
      where: { id: dealId, tenantId },
      select: { ownerId: true, leadId: true },
    });
    if (!deal) throw notFound('Deal', dealId);
    return { dealId, leadId: null, ownerId: deal.ownerId, engagedLeadId: deal.leadId };
  }
  const lead = await db.lead.findFirst({
    where: { id: leadId ?? '', tenantId },
    select: { ownerId: true },
  });
  if (!lead) throw notFound('Lead', leadId ?? '');
  return {
    dealId: null,
    leadId: leadId ?? null,
    ownerId: lead.ownerId,
    engagedLeadId: leadId ?? null,
  };
}

/**
 * Reps plan, complete, move and cancel activities on deals and leads they own, and their own
 * activities anywhere; managers and admins any in their tenant.
 */
export function assertCanChangePlanned(
  principal: Principal,
  target: PlannedTarget,
  activityOwnerId: string | null,
): void {
  if (principal.role !== 'REP') return;
  if (target.ownerId === principal.userId || activityOwnerId === principal.userId) return;
  throw forbidden(
    'Only the owner of the activity or of its deal or lead, a manager or an admin can change it',
  );
}
