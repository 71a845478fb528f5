import type { PrismaClient } from '../../db/generated/client';
import { DEAL_RETRAIN_BUSY, retrainAndRescoreDeals } from './retrainAndRescoreDeals';

export type DealBootstrapSummary = { tenantId: string; activated: boolean; reason: string }[];

/**
 * Start-up for tenants that never had a deal model (a fresh seed, an upgraded database): one
 * retraining, and the open deals scored when its model beats the stage rates. Tenants with
 * models are left to the scheduled jobs.
 */
export async function bootstrapDealWinModels(
  prisma: PrismaClient,
  { now }: { now?: Date } = {},
): Promise<DealBootstrapSummary> {
  const tenants = await prisma.tenant.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  const withModels = new Set(
    (
      await prisma.dealWinModel.findMany({ distinct: ['tenantId'], select: { tenantId: true } })
    ).map((m) => m.tenantId),
  );
  const summary: DealBootstrapSummary = [];
  for (const { id: tenantId } of tenants.filter((t) => !withModels.has(t.id))) {
    const outcome = await retrainAndRescoreDeals(prisma, tenantId, now ? { now } : {});
    if (outcome === DEAL_RETRAIN_BUSY) continue;
    summary.push({ tenantId, activated: outcome.activated, reason: outcome.reason });
  }
  return summary;
}
