import { useCallback } from 'react';
import {
  RoutingSettingsDocument,
  useCreateRoutingRuleMutation,
  useUpdateRoutingRuleMutation,
  type RoutingRuleInput,
} from '../../../__generated__/lazy';

/** Creates a rule (id undefined) or updates one; the list is read again, since a new rule goes last. */
export function useSaveRoutingRule() {
  const [create, created] = useCreateRoutingRuleMutation({
    refetchQueries: [RoutingSettingsDocument],
    awaitRefetchQueries: true,
  });
  const [update, updated] = useUpdateRoutingRuleMutation();
  const save = useCallback(
    async (id: string | undefined, input: RoutingRuleInput) => {
      if (id) await update({ variables: { id, input } });
      else await create({ variables: { input } });
    },
    [create, update],
  );
  return { save, loading: created.loading || updated.loading };
}
