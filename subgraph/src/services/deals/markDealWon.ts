import type { Context } from '../../types/context';
import type { Deal } from '../../db/generated/client';
import type { MutationMarkDealWonArgs } from '../../__generated__/resolvers-types';
import { closeDeal } from './closeDeal';

/** Moves a deal to the top of its pipeline's WON column (its lost reason, if any, is cleared). */
export async function markDealWon(context: Context, args: MutationMarkDealWonArgs): Promise<Deal> {
  return closeDeal(context, { ...args, outcome: 'WON', lostReason: null });
}
