import type { PrismaClient } from '../../db/generated/client';
import { runLeadRescore } from './runLeadRescore';
import { retrainLeadModel, type RetrainOptions, type RetrainOutcome } from './retrainLeadModel';
import { tryWithScoringLock } from './withScoringLock';

/** Another retraining of the tenant was running: this one did nothing. */
export const RETRAIN_BUSY = 'busy';

/**
 * Retrains (one retraining per tenant at a time, across processes); when the new model is
 * activated, the open leads are rescored with it. `RETRAIN_BUSY` when a retraining of the tenant
 * is already running: the caller's request is answered by that one.
 */
export async function retrainAndRescore(
  prisma: PrismaClient,
  tenantId: string,
  options: RetrainOptions = {},
): Promise<RetrainOutcome | typeof RETRAIN_BUSY> {
  const locked = await tryWithScoringLock(prisma, `retrain:${tenantId}`, () =>
    retrainLeadModel(prisma, tenantId, options),
  );
  if (!locked.acquired) return RETRAIN_BUSY;
  const outcome = locked.value;
  if (outcome.activated)
    await runLeadRescore(prisma, tenantId, null, options.now ? { now: options.now } : {});
  return outcome;
}
