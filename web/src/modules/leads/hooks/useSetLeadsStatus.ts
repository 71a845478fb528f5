import { useCallback } from 'react';
import { type LeadStatus } from '../../../__generated__/graphql';
import { useSetLeadsStatusMutation } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { plural } from '../../../lib/plural';
import { useToast } from '../../../ui/useToast';

export function useSetLeadsStatus() {
  const [mutate, { loading }] = useSetLeadsStatusMutation({ refetchQueries: ['LeadTable'] });
  const toast = useToast();
  const setStatus = useCallback(
    async (ids: string[], status: LeadStatus) => {
      try {
        await mutate({
          variables: { ids, status },
          optimisticResponse: {
            setLeadsStatus: ids.map((id) => ({ __typename: 'Lead' as const, id, status })),
          },
        });
        toast.show(`${plural(ids.length, 'lead')} set to ${status.toLowerCase()}.`, 'success');
        return true;
      } catch (error) {
        toast.show(`Could not change the status: ${errorMessage(error)}`, 'error');
        return false;
      }
    },
    [mutate, toast],
  );
  return { setStatus, loading };
}
