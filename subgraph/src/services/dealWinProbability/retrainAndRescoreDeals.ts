import type { PrismaClient } from '../../db/generated/client';
import { tryWithScoringLock } from '../leadScoring/withScoringLock';
import { rescoreDeals } from './rescoreDeals';
import {
  retrainDealWinModel,
  type DealRetrainOptions,
  type DealRetrainOutcome,
} from './retrainDealWinModel';

/** Another retraining of the tenant's deal model was running: this one did nothing. */
export const DEAL_RETRAIN_BUSY = 'busy';

/**
 * Retrains the deal model (one at a time per tenant, across processes) and, when the new model is
 * activated, rescores every open deal with it, as lead models are retrained and rescored.
 */
export async function retrainAndRescoreDeals(
  prisma: PrismaClient,
  tenantId: string,
  options: DealRetrainOptions = {},
): Promise<DealRetrainOutcome | typeof DEAL_RETRAIN_BUSY> {
  const locked = await tryWithScoringLock(prisma, `retrain-deals:${tenantId}`, () =>
    retrainDealWinModel(prisma, tenantId, options),
  );
  if (!locked.acquired) return DEAL_RETRAIN_BUSY;
  if (locked.value.activated)
    await rescoreDeals(prisma, tenantId, options.now ? { now: options.now } : {});
  return locked.value;
}
