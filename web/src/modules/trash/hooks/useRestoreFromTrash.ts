import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useRestoreDealMutation } from '../../../__generated__/graphql';
import { useRestoreLeadMutation } from '../../../__generated__/lazy';
import { type TrashRow_ItemFragment } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import { forgetBoardColumns } from '../../deals/utils/forgetBoardColumns';
import { forgetLeadLists } from '../../leads/utils/forgetLeadLists';

/**
 * Restores a deal or lead from the trash (restoreDeal / restoreLead), takes it off the cached
 * trash list, drops the cached lists it comes back to, and says so in a toast with a link to it.
 */
export function useRestoreFromTrash() {
  const client = useApolloClient();
  const [restoreDeal] = useRestoreDealMutation();
  const [restoreLead] = useRestoreLeadMutation();
  const toast = useToast();
  const [pending, setPending] = useState<string | null>(null);
  const restore = useCallback(
    async (item: TrashRow_ItemFragment) => {
      setPending(item.id);
      try {
        if (item.kind === 'DEAL') {
          const { data } = await restoreDeal({ variables: { id: item.id } });
          if (data) forgetBoardColumns(client.cache, [data.restoreDeal.stage.id]);
        } else {
          await restoreLead({ variables: { id: item.id } });
          forgetLeadLists(client.cache);
        }
        client.cache.evict({ id: client.cache.identify({ __typename: 'TrashItem', id: item.id }) });
        client.cache.gc();
        toast.show(`“${item.title}” restored.`, 'success');
      } catch (error) {
        toast.show(`Could not restore “${item.title}”. ${errorMessage(error)}`, 'error');
      } finally {
        setPending(null);
      }
    },
    [client, toast, restoreDeal, restoreLead],
  );
  return { restore, pending };
}
