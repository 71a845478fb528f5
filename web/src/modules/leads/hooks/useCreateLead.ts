import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useCreateLeadMutation, type CreateLeadInput } from '../../../__generated__/lazy';
import { forgetLeadLists } from '../utils/forgetLeadLists';

/** Creates a lead; the lead table is fetched again (its order is the server's, by score). */
export function useCreateLead() {
  const [mutate, { loading }] = useCreateLeadMutation();
  const client = useApolloClient();
  const create = useCallback(
    async (input: CreateLeadInput) => {
      const { data } = await mutate({ variables: { input } });
      forgetLeadLists(client.cache);
      return data?.createLead ?? null;
    },
    [mutate, client],
  );
  return { create, loading };
}
