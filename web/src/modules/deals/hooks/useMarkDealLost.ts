import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useMarkDealLostMutation } from '../../../__generated__/graphql';
import { errorCode, errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import type { DealMove } from '../types/DealMove';
import { applyBoardMove } from '../utils/applyBoardMove';

type Subject = { id: string; title: string; version: number };

/**
 * Marks a deal lost with its reason. From the board (a drop on a Lost zone), the card leaves its
 * column at once and comes back if the server refuses; from the deal page, the page updates from
 * the answer. Resolves to null when saved, else to why not, in words for the reason dialog, which
 * stays open with what was typed.
 */
export function useMarkDealLost() {
  const [mutate, { loading }] = useMarkDealLostMutation();
  const client = useApolloClient();
  const toast = useToast();
  const markLost = useCallback(
    async (deal: Subject, reason: string, boardMove?: DealMove): Promise<string | null> => {
      const undo = boardMove && applyBoardMove(client.cache, boardMove);
      try {
        await mutate({ variables: { id: deal.id, expectedVersion: deal.version, reason } });
        toast.show(`“${deal.title}” marked as lost.`, 'success');
        return null;
      } catch (error) {
        undo?.();
        await client.refetchQueries({ include: ['DealBoard', 'DealPage'] });
        return errorCode(error) === 'CONFLICT'
          ? `“${deal.title}” was changed by someone else, so it was not marked as lost. The latest data is loaded; try again if it is still open.`
          : (fieldErrors(error).reason ?? errorMessage(error));
      }
    },
    [mutate, client, toast],
  );
  return { markLost, loading };
}
