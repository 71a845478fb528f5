import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useMarkDealWonMutation } from '../../../__generated__/graphql';
import { errorCode, errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import type { DealMove } from '../types/DealMove';
import { applyBoardMove } from '../utils/applyBoardMove';

type Subject = { id: string; title: string; version: number };

/**
 * Marks a deal won. From the board (a drop on a Won zone), the card leaves its column at once and
 * comes back if the server refuses; from the deal page, the page updates from the answer.
 */
export function useMarkDealWon() {
  const [mutate, { loading }] = useMarkDealWonMutation();
  const client = useApolloClient();
  const toast = useToast();
  const markWon = useCallback(
    async (deal: Subject, boardMove?: DealMove) => {
      const undo = boardMove && applyBoardMove(client.cache, boardMove);
      try {
        await mutate({ variables: { id: deal.id, expectedVersion: deal.version } });
        toast.show(`“${deal.title}” marked as won.`, 'success');
        return true;
      } catch (error) {
        undo?.();
        toast.show(
          errorCode(error) === 'CONFLICT'
            ? `“${deal.title}” was changed by someone else, so it was not marked as won. The latest data is loaded.`
            : `Could not mark “${deal.title}” as won. ${errorMessage(error)}`,
          'error',
        );
        await client.refetchQueries({ include: ['DealBoard', 'DealPage'] });
        return false;
      }
    },
    [mutate, client, toast],
  );
  return { markWon, loading };
}
