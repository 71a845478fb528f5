import type { Context } from '../../types/context';
import { assertManager } from '../common/authorize';
import { retrainAndRescore } from './retrainAndRescore';
import type { RetrainOutcome } from './retrainLeadModel';

/** On-demand retraining (managers and admins): the scheduled job runs retrainAndRescore too. */
export async function retrainScoringModel({
  prisma,
  tenantId,
  principal,
}: Context): Promise<RetrainOutcome> {
  assertManager(principal, 'retrain the scoring model');
  return retrainAndRescore(prisma, tenantId);
}
