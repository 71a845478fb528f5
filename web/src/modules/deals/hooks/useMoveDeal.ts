import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useMoveDealMutation } from '../../../__generated__/graphql';
import { errorCode, errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import type { DealMove } from '../types/DealMove';
import { applyBoardMove } from '../utils/applyBoardMove';

/**
 * Moves a deal on the board at once and puts it back if the server refuses (CONFLICT on a stale
 * version, or any error). The move is written to the cache directly rather than as an Apollo
 * optimistic layer: with 2,000 cards, re-reading the board from a fresh layer took ~150 ms per drop.
 */
export function useMoveDeal() {
  const [mutate] = useMoveDealMutation();
  const client = useApolloClient();
  const toast = useToast();

  return useCallback(
    async (move: DealMove) => {
      const { deal, to, position, unfiltered } = move;
      const undo = applyBoardMove(client.cache, move);
      try {
        // The answer (new version, stage, position) lands in the cache by normalisation.
        await mutate({
          variables: { id: deal.id, stageId: to.id, position, expectedVersion: deal.version },
          refetchQueries: unfiltered ? [] : ['DealBoard'],
        });
      } catch (error) {
        undo();
        const conflict = errorCode(error) === 'CONFLICT';
        toast.show(
          conflict
            ? `“${deal.title}” was changed by someone else, so your move was undone. The board now shows the latest data.`
            : `Could not move “${deal.title}”; it is back where it was. ${errorMessage(error)}`,
          'error',
        );
        await client.refetchQueries({ include: ['DealBoard'] });
        // The card went to another column and back, so focus fell to the page: give it back.
        if (document.activeElement === document.body)
          document.querySelector<HTMLElement>(`[data-deal-id="${deal.id}"]`)?.focus();
      }
    },
    [mutate, client, toast],
  );
}
