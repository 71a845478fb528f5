import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { RestoreLeadDocument, useDeleteLeadMutation } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import { forgetLeadLists } from '../utils/forgetLeadLists';

/**
 * Deletes a lead (restorable for 30 days), goes back to the lead table and offers Undo in a toast.
 * Rethrows a refused delete for the dialog to show.
 */
export function useDeleteLead() {
  const [remove, { loading }] = useDeleteLeadMutation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const toast = useToast();
  const deleteLead = useCallback(
    async (lead: { id: string; name: string }) => {
      await remove({ variables: { id: lead.id } });
      forgetLeadLists(client.cache);
      void navigate('/leads');
      toast.show(`Lead “${lead.name}” deleted.`, 'success', {
        label: 'Undo',
        // Through the client, not a hook: the lead page that offered Undo is gone by then.
        run: () => {
          client
            .mutate({ mutation: RestoreLeadDocument, variables: { id: lead.id } })
            .then(() => {
              forgetLeadLists(client.cache);
              toast.show(`Lead “${lead.name}” restored.`, 'success');
            })
            .catch((error: unknown) =>
              toast.show(`Could not restore “${lead.name}”. ${errorMessage(error)}`, 'error'),
            );
        },
      });
    },
    [remove, client, navigate, toast],
  );
  return { deleteLead, loading };
}
