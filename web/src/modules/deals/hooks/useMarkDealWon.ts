import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useMarkDealWonMutation } from '../../../__generated__/graphql';
import { errorCode, errorMessage } from '../../../lib/graphqlErrors';
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
 * Marks a deal won. From the board (a drop on a Won zone), the card leaves its column at once and
 * comes back if the server refuses; from the deal page, the page updates from the answer.
 */
export function useMarkDealWon() {
  const [mutate, { loading }] = useMarkDealWonMutation();
  const client = useApolloClient();
  const toast = useToast();
  const undoClose = useUndoClose();
  const markWon = useCallback(
    async (deal: Subject, boardMove?: DealMove) => {
      const undo = boardMove && applyBoardMove(client.cache, boardMove);
      try {
        const { data } = await mutate({
          variables: { id: deal.id, expectedVersion: deal.version },
        });
        const back = boardMove?.from ?? deal.stage;
        const closed = data?.markDealWon;
        toast.show(
          `“${deal.title}” marked as won.`,
          'success',
          closed && back ? undoClose({ ...closed, title: deal.title }, 'won', back) : undefined,
        );
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
    [mutate, client, toast, undoClose],
  );
  return { markWon, loading };
}
