import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  useReopenDealMutation,
  type DealDetails_DealFragment,
} from '../../../__generated__/graphql';
import { errorCode, errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import { forgetBoardColumns } from '../utils/forgetBoardColumns';

/** Moves a won or lost deal back to the open stage it was closed from; the page updates from the answer. */
export function useReopenDeal() {
  const [mutate, { loading }] = useReopenDealMutation();
  const client = useApolloClient();
  const toast = useToast();
  const reopen = useCallback(
    async (deal: DealDetails_DealFragment) => {
      try {
        const { data } = await mutate({
          variables: { id: deal.id, expectedVersion: deal.version },
        });
        forgetBoardColumns(
          client.cache,
          deal.pipeline.stages.map((s) => s.id),
        );
        toast.show(
          `“${deal.title}” reopened in ${data?.reopenDeal.stage.name ?? 'its stage'}.`,
          'success',
        );
      } catch (error) {
        toast.show(
          errorCode(error) === 'CONFLICT'
            ? `“${deal.title}” was changed by someone else, so it was not reopened. The latest data is loaded.`
            : `Could not reopen “${deal.title}”. ${errorMessage(error)}`,
          'error',
        );
        await client.refetchQueries({ include: ['DealPage'] });
      }
    },
    [mutate, client, toast],
  );
  return { reopen, loading };
}
