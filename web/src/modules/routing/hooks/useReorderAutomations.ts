import { useCallback } from 'react';
import {
  useReorderAutomationsMutation,
  type Automations_AutomationFragment,
} from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';

/** Reorders automations at once; the previous order comes back if the server refuses. */
export function useReorderAutomations() {
  const [mutate] = useReorderAutomationsMutation();
  const toast = useToast();
  return useCallback(
    async (automations: readonly Automations_AutomationFragment[]) => {
      try {
        await mutate({
          variables: { ids: automations.map((a) => a.id) },
          optimisticResponse: {
            reorderAutomations: automations.map((a, position) => ({
              ...a,
              __typename: 'Automation' as const,
              position,
            })),
          },
          update(cache, { data }) {
            const ordered = data?.reorderAutomations;
            if (!ordered) return;
            cache.modify({
              fields: {
                automations: (_existing, { toReference }) =>
                  ordered.map((a) => toReference({ __typename: 'Automation', id: a.id })),
              },
            });
          },
        });
      } catch (error) {
        toast.show(`Could not reorder the automations: ${errorMessage(error)}`, 'error');
      }
    },
    [mutate, toast],
  );
}
