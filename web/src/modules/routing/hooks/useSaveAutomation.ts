import { useCallback } from 'react';
import {
  AutomationSettingsDocument,
  useCreateAutomationMutation,
  useUpdateAutomationMutation,
  type AutomationInput,
} from '../../../__generated__/lazy';

/** Creates an automation (id undefined) or updates one; the list is read again after a create. */
export function useSaveAutomation() {
  const [create, created] = useCreateAutomationMutation({
    refetchQueries: [AutomationSettingsDocument],
    awaitRefetchQueries: true,
  });
  const [update, updated] = useUpdateAutomationMutation();
  const save = useCallback(
    async (id: string | undefined, input: AutomationInput) => {
      if (id) await update({ variables: { id, input } });
      else await create({ variables: { input } });
    },
    [create, update],
  );
  return { save, loading: created.loading || updated.loading };
}
