import type { ApolloCache } from '@apollo/client';
import type { DealMove } from '../types/DealMove';
import { applyDealMove } from './applyDealMove';

/**
 * Shows a board move at once (the card, its columns' counts and totals) and returns the function
 * that puts everything back when the server refuses it.
 */
export function applyBoardMove(cache: ApolloCache, move: DealMove): () => void {
  const { deal, from, to, fromIndex, toIndex, position } = move;
  const changesStage = from.id !== to.id;
  applyDealMove(cache, {
    dealId: deal.id,
    value: deal.value,
    currency: deal.currency,
    from,
    to,
    toIndex,
    card: {
      position,
      version: deal.version,
      daysInStage: changesStage ? 0 : deal.daysInStage,
      isRotting: changesStage ? false : deal.isRotting,
    },
  });
  return () =>
    applyDealMove(cache, {
      dealId: deal.id,
      value: deal.value,
      currency: deal.currency,
      from: to,
      to: from,
      toIndex: fromIndex,
      card: deal,
    });
}
