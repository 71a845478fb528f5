import type { Context } from '../../types/context';
import type { Deal } from '../../db/generated/client';
import type { MutationMarkDealLostArgs } from '../../__generated__/resolvers-types';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { closeDeal } from './closeDeal';
import { lostReasonFor } from './lostReasonFor';

/** Moves a deal to the top of its pipeline's LOST column, with the reason it was lost. */
export async function markDealLost(
  context: Context,
  { id, expectedVersion, reason }: MutationMarkDealLostArgs,
): Promise<Deal> {
  const lostReason = lostReasonFor({ kind: 'LOST' }, reason, {
    field: 'reason',
    max: fieldLimits.Mutation.markDealLost.reason,
  });
  return closeDeal(context, { id, expectedVersion, outcome: 'LOST', lostReason });
}
