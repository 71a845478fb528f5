import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useMergeLeadsMutation } from '../../../__generated__/lazy';
import { forgetLeadLists } from '../utils/forgetLeadLists';

/**
 * Merges leads into a target (mergeLeads: the target keeps its values and fills its gaps from the
 * others, which go to the trash). The merged leads leave the cache, the lead lists are fetched
 * again, and the target's page is fetched again (its timeline and figures took theirs in).
 */
export function useMergeLeads() {
  const [mutate, { loading }] = useMergeLeadsMutation();
  const client = useApolloClient();
  const merge = useCallback(
    async (targetId: string, sourceIds: string[]) => {
      const { data } = await mutate({
        variables: { targetId, sourceIds },
        refetchQueries: ['LeadPage'],
      });
      for (const id of sourceIds)
        client.cache.evict({ id: client.cache.identify({ __typename: 'Lead', id }) });
      forgetLeadLists(client.cache);
      return data?.mergeLeads ?? null;
    },
    [mutate, client],
  );
  return { merge, loading };
}
