import { useCallback } from 'react';
import {
  useReorderRoutingRulesMutation,
  type RoutingRules_RuleFragment,
} from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';

/** Reorders rules at once; the previous order comes back if the server refuses. */
export function useReorderRoutingRules() {
  const [mutate] = useReorderRoutingRulesMutation();
  const toast = useToast();
  return useCallback(
    async (rules: readonly RoutingRules_RuleFragment[]) => {
      try {
        await mutate({
          variables: { ids: rules.map((r) => r.id) },
          optimisticResponse: {
            reorderRoutingRules: rules.map((r, position) => ({
              ...r,
              __typename: 'RoutingRule' as const,
              position,
            })),
          },
          update(cache, { data }) {
            const ordered = data?.reorderRoutingRules;
            if (!ordered) return;
            cache.modify({
              fields: {
                routingRules: (_existing, { toReference }) =>
                  ordered.map((r) => toReference({ __typename: 'RoutingRule', id: r.id })),
              },
            });
          },
        });
      } catch (error) {
        toast.show(`Could not reorder the rules: ${errorMessage(error)}`, 'error');
      }
    },
    [mutate, toast],
  );
}
