import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useMarkDealLostMutation } from '../../../__generated__/graphql';
import { errorCode, errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import type { DealMove } from '../types/DealMove';
import { applyBoardMove } from '../utils/applyBoardMove';

type Subject = { id: string; title: string; version: number };

/**
 * Marks a deal lost with its reason. From the board (a drop on a Lost zone), the card leaves its
 * column at once and comes back if the server refuses; from the deal page, the page updates from
 * the answer.
 */
export function useMarkDealLost() {
  const [mutate, { loading }] = useMarkDealLostMutation();
  const client = useApolloClient();
  const toast = useToast();
  const markLost = useCallback(
    async (deal: Subject, reason: string, boardMove?: DealMove) => {
      const undo = boardMove && applyBoardMove(client.cache, boardMove);
      try {
        await mutate({ variables: { id: deal.id, expectedVersion: deal.version, reason } });
        toast.show(`“${deal.title}” marked as lost.`, 'success');
        return true;
      } catch (error) {
        undo?.();
        toast.show(
          errorCode(error) === 'CONFLICT'
            ? `“${deal.title}” was changed by someone else, so it was not marked as lost. The latest data is loaded.`
            : `Could not mark “${deal.title}” as lost. ${errorMessage(error)}`,
          'error',
        );
        await client.refetchQueries({ include: ['DealBoard', 'DealPage'] });
        return false;
      }
    },
    [mutate, client, toast],
  );
  return { markLost, loading };
}
