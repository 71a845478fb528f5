import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useMarkDealLostMutation } from '../../../__generated__/graphql';
import { errorCode, errorMessage, fieldErrors } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import type { DealMove } from '../types/DealMove';
import { applyBoardMove } from '../utils/applyBoardMove';
import { useUndoClose } from './useUndoClose';

/** On the deal page, `stage` is where it is closed from; from the board, the move's `from`. */
type Subject = {
  id: string;
  title: string;
  version: number;
  stage?: { id: string; name?: string };
};

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
  const undoClose = useUndoClose();
  const markLost = useCallback(
    async (deal: Subject, reason: string, boardMove?: DealMove): Promise<string | null> => {
      const undo = boardMove && applyBoardMove(client.cache, boardMove);
      try {
        const { data } = await mutate({
          variables: { id: deal.id, expectedVersion: deal.version, reason },
        });
        const back = boardMove?.from ?? deal.stage;
        const closed = data?.markDealLost;
        toast.show(
          `“${deal.title}” marked as lost.`,
          'success',
          closed && back ? undoClose({ ...closed, title: deal.title }, 'lost', back) : undefined,
        );
        return null;
      } catch (error) {
        undo?.();
        await client.refetchQueries({ include: ['DealBoard', 'DealPage'] });
        return errorCode(error) === 'CONFLICT'
          ? `“${deal.title}” was changed by someone else, so it was not marked as lost. The latest data is loaded; try again if it is still open.`
          : (fieldErrors(error).reason ?? errorMessage(error));
      }
    },
    [mutate, client, toast, undoClose],
  );
  return { markLost, loading };
}
