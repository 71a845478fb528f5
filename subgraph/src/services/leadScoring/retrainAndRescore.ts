import type { PrismaClient } from '../../db/generated/client';
import { runLeadRescore } from './runLeadRescore';
import { retrainLeadModel, type RetrainOptions, type RetrainOutcome } from './retrainLeadModel';

/** Retrains; when the new model is activated, the open leads are rescored with it. */
export async function retrainAndRescore(
  prisma: PrismaClient,
  tenantId: string,
  options: RetrainOptions = {},
): Promise<RetrainOutcome> {
  const outcome = await retrainLeadModel(prisma, tenantId, options);
  if (outcome.activated)
    await runLeadRescore(prisma, tenantId, null, options.now ? { now: options.now } : {});
  return outcome;
}
