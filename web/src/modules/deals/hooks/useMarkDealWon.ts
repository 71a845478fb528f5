import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useMarkDealWonMutation } from '../../../__generated__/graphql';
import { errorCode, errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';

/** Marks a deal won from its page; the page updates from the server's answer. */
export function useMarkDealWon() {
  const [mutate, { loading }] = useMarkDealWonMutation();
  const client = useApolloClient();
  const toast = useToast();
  const markWon = useCallback(
    async (deal: { id: string; title: string; version: number }) => {
      try {
        await mutate({ variables: { id: deal.id, expectedVersion: deal.version } });
        toast.show(`“${deal.title}” marked as won.`, 'success');
      } catch (error) {
        toast.show(
          errorCode(error) === 'CONFLICT'
            ? `“${deal.title}” was changed by someone else, so it was not marked as won. The latest data is loaded.`
            : `Could not mark “${deal.title}” as won. ${errorMessage(error)}`,
          'error',
        );
        await client.refetchQueries({ include: ['DealPage'] });
      }
    },
    [mutate, client, toast],
  );
  return { markWon, loading };
}
