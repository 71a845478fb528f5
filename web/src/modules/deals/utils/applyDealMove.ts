import type { ApolloCache, Reference } from '@apollo/client';
import type {
  BoardColumn_StageFragment,
  DealCard_DealFragment,
} from '../../../__generated__/graphql';
import { addToTotals, type MoneyTotal } from '../../../lib/moneyTotals';
import { moveInList } from './moveInList';

type Stage = Pick<BoardColumn_StageFragment, 'id' | 'kind' | 'effectiveProbability'>;
export type CardState = Pick<
  DealCard_DealFragment,
  'position' | 'daysInStage' | 'isRotting' | 'version'
>;

/**
 * Moves a card between (or within) board columns in the cache: the column lists, their count and
 * totals (in the deal's own currency, never added to another's), and the card's own stage fields. Written to the base cache layer so the board re-reads only
 * what changed; undone by calling it again with `from` and `to` swapped.
 */
export function applyDealMove(
  cache: ApolloCache,
  move: {
    dealId: string;
    value: string;
    currency: string;
    from: Stage;
    to: Stage;
    toIndex: number;
    card: CardState;
  },
): void {
  const { dealId, from, to, toIndex, card } = move;
  const dealRef = cache.identify({ __typename: 'Deal', id: dealId });
  if (!dealRef) return;
  const amount = { currency: move.currency, amount: move.value };
  const add = (totals: unknown, factor: number) =>
    addToTotals(totals as MoneyTotal[], amount, factor);
  const changesStage = from.id !== to.id;
  if (changesStage) {
    cache.modify<Record<string, unknown>>({
      id: cache.identify({ __typename: 'PipelineStage', id: from.id }),
      fields: {
        deals: (list) => (list as Reference[]).filter((r) => r.__ref !== dealRef),
        dealCount: (n) => Math.max(0, (n as number) - 1),
        totals: (totals) => add(totals, -1),
        weightedTotals: (totals) => add(totals, -(from.effectiveProbability ?? 0)),
      },
    });
  }
  cache.modify<Record<string, unknown>>({
    id: cache.identify({ __typename: 'PipelineStage', id: to.id }),
    fields: {
      // Closed stages are summarised on the board, not listed.
      deals: (list) =>
        to.kind === 'OPEN'
          ? moveInList(list as Reference[], { __ref: dealRef }, toIndex, (r) => r.__ref)
          : list,
      ...(changesStage && {
        dealCount: (n: unknown) => (n as number) + 1,
        totals: (totals: unknown) => add(totals, 1),
        weightedTotals: (totals: unknown) => add(totals, to.effectiveProbability ?? 0),
      }),
    },
  });
  cache.modify<Record<string, unknown>>({
    id: dealRef,
    fields: {
      stage: (_, { toReference }) => toReference({ __typename: 'PipelineStage', id: to.id }),
      position: () => card.position,
      daysInStage: () => card.daysInStage,
      isRotting: () => card.isRotting,
      version: () => card.version,
    },
  });
}
