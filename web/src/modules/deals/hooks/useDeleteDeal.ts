import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import {
  RestoreDealDocument,
  useDeleteDealMutation,
  type DealDetails_DealFragment,
} from '../../../__generated__/graphql';
import { errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import { forgetBoardColumns } from '../utils/forgetBoardColumns';

/**
 * Deletes a deal (the server keeps it restorable for 30 days), goes back to its board and offers
 * Undo in a toast, which restores it in its stage. Rethrows a refused delete for the dialog to show.
 */
export function useDeleteDeal() {
  const [remove, { loading }] = useDeleteDealMutation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const toast = useToast();
  const deleteDeal = useCallback(
    async (deal: DealDetails_DealFragment) => {
      await remove({ variables: { id: deal.id, expectedVersion: deal.version } });
      const stageIds = deal.pipeline.stages.map((s) => s.id);
      forgetBoardColumns(client.cache, stageIds);
      void navigate(`/board/${deal.pipeline.id}`);
      toast.show(`“${deal.title}” deleted.`, 'success', {
        label: 'Undo',
        // Through the client, not a hook: the deal page that offered Undo is gone by then.
        run: () => {
          client
            .mutate({ mutation: RestoreDealDocument, variables: { id: deal.id } })
            .then(() => {
              forgetBoardColumns(client.cache, stageIds);
              toast.show(`“${deal.title}” restored to ${deal.stage.name}.`, 'success');
            })
            .catch((error: unknown) =>
              toast.show(`Could not restore “${deal.title}”. ${errorMessage(error)}`, 'error'),
            );
        },
      });
    },
    [remove, client, navigate, toast],
  );
  return { deleteDeal, loading };
}
