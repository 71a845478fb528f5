import { useApolloClient } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { useCallback } from 'react';
import { useCreateDealMutation, type CreateDealInput } from '../../../__generated__/graphql';

/**
 * Creates a deal in a stage. The board is fetched again (counts and totals change); the server puts
 * a new deal first in its column (ADR 067), so the refetched page starts with it and a drop's index
 * right after is the server's. On a filtered board the deal may not match the filter: it is shown
 * first anyway, where it is stored, so the user sees what they just added.
 */
export function useCreateDeal() {
  const [mutate, { loading }] = useCreateDealMutation();
  const client = useApolloClient();
  const create = useCallback(
    async (input: CreateDealInput) => {
      const { data } = await mutate({
        variables: { input },
        refetchQueries: ['DealBoard'],
        awaitRefetchQueries: true,
      });
      const deal = data?.createDeal;
      if (!deal) return null;
      client.cache.modify({
        id: client.cache.identify({ __typename: 'PipelineStage', id: input.stageId }),
        fields: {
          deals(existing: readonly Reference[], { readField, toReference }) {
            if (existing.some((ref) => readField('id', ref) === deal.id)) return existing;
            const ref = toReference({ __typename: 'Deal', id: deal.id });
            return ref ? [ref, ...existing] : existing;
          },
        },
      });
      return deal;
    },
    [mutate, client],
  );
  return { create, loading };
}
