import { useCallback } from 'react';
import { useAssignLeadsMutation } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { plural } from '../../../lib/plural';
import { useToast } from '../../../ui/useToast';

/** Assigns leads at once in the table; Apollo drops the optimistic layer if the server refuses. */
export function useAssignLeads() {
  // Refetched after: an owner filter may no longer match the rows just reassigned.
  const [mutate, { loading }] = useAssignLeadsMutation({ refetchQueries: ['LeadTable'] });
  const toast = useToast();
  const assign = useCallback(
    async (ids: string[], owner: { id: string; name: string } | null) => {
      try {
        await mutate({
          variables: { ids, ownerId: owner?.id ?? null },
          optimisticResponse: {
            assignLeads: ids.map((id) => ({
              __typename: 'Lead' as const,
              id,
              owner: owner && { __typename: 'User' as const, ...owner },
            })),
          },
        });
        toast.show(
          `${plural(ids.length, 'lead')} ${owner ? `assigned to ${owner.name}` : 'unassigned'}.`,
          'success',
        );
        return true;
      } catch (error) {
        toast.show(`Could not assign the leads: ${errorMessage(error)}`, 'error');
        return false;
      }
    },
    [mutate, toast],
  );
  return { assign, loading };
}
