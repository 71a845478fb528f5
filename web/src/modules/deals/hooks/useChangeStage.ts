import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useMoveDealMutation, type DealDetails_DealFragment } from '../../../__generated__/graphql';
import { errorCode, errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import { forgetBoardColumns } from '../utils/forgetBoardColumns';

/**
 * Moves an open deal to another open stage from its page, first in that stage's column (where a
 * new deal goes). The page updates from the answer; the board's two columns are fetched again when
 * it is next shown, and the timeline and the win probability, which the move changes, at once.
 */
export function useChangeStage() {
  const [mutate, { loading }] = useMoveDealMutation();
  const client = useApolloClient();
  const toast = useToast();
  const changeStage = useCallback(
    async (deal: DealDetails_DealFragment, to: { id: string; name: string }) => {
      try {
        await mutate({
          variables: { id: deal.id, stageId: to.id, position: 0, expectedVersion: deal.version },
          refetchQueries: ['DealTimeline', 'DealWinProbability'],
        });
        forgetBoardColumns(client.cache, [deal.stage.id, to.id]);
        toast.show(`“${deal.title}” moved to ${to.name}.`, 'success');
      } catch (error) {
        toast.show(
          errorCode(error) === 'CONFLICT'
            ? `“${deal.title}” was changed by someone else, so it was not moved. The latest data is loaded.`
            : `Could not move “${deal.title}” to ${to.name}. ${errorMessage(error)}`,
          'error',
        );
        await client.refetchQueries({ include: ['DealPage'] });
      }
    },
    [mutate, client, toast],
  );
  return { changeStage, loading };
}
