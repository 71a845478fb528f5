import type { ApolloCache, Reference } from '@apollo/client';
import type {
  BoardColumn_StageFragment,
  DealCard_DealFragment,
} from '../../../__generated__/graphql';
import { addDecimal } from '../../../lib/addDecimal';
import { moveInList } from './moveInList';

type Stage = Pick<BoardColumn_StageFragment, 'id' | 'kind' | 'effectiveProbability'>;
export type CardState = Pick<
  DealCard_DealFragment,
  'position' | 'daysInStage' | 'isRotting' | 'version'
>;

/**
 * Moves a card between (or within) board columns in the cache: the column lists, their count and
 * totals, and the card's own stage fields. Written to the base cache layer so the board re-reads only
 * what changed; undone by calling it again with `from` and `to` swapped.
 */
export function applyDealMove(
  cache: ApolloCache,
  move: { dealId: string; value: string; from: Stage; to: Stage; toIndex: number; card: CardState },
): void {
  const { dealId, from, to, toIndex, card } = move;
  const dealRef = cache.identify({ __typename: 'Deal', id: dealId });
  if (!dealRef) return;
  const { value } = move;
  const changesStage = from.id !== to.id;
  if (changesStage) {
    cache.modify<Record<string, unknown>>({
      id: cache.identify({ __typename: 'PipelineStage', id: from.id }),
      fields: {
        deals: (list) => (list as Reference[]).filter((r) => r.__ref !== dealRef),
        dealCount: (n) => Math.max(0, (n as number) - 1),
        totalValue: (v) => addDecimal(v as string, value, -1),
        weightedValue: (v) => addDecimal(v as string, value, -(from.effectiveProbability ?? 0)),
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
        totalValue: (v: unknown) => addDecimal(v as string, value),
        weightedValue: (v: unknown) => addDecimal(v as string, value, to.effectiveProbability ?? 0),
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
