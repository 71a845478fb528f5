import type { Context } from '../../types/context';
import { assertManager } from '../common/authorize';
import { conflict } from '../common/errors';
import { RETRAIN_BUSY, retrainAndRescore } from './retrainAndRescore';
import type { RetrainOutcome } from './retrainLeadModel';

/** On-demand retraining (managers and admins): the scheduled job runs retrainAndRescore too. */
export async function retrainScoringModel({
  prisma,
  tenantId,
  principal,
}: Context): Promise<RetrainOutcome> {
  assertManager(principal, 'retrain the scoring model');
  const outcome = await retrainAndRescore(prisma, tenantId);
  if (outcome === RETRAIN_BUSY)
    throw conflict(
      'The scoring model is being retrained right now; try again when that retraining has finished',
      { retryable: true },
    );
  return outcome;
}
