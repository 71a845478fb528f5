import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useFillLeadGapsMutation } from '../../../__generated__/lazy';
import type { DuplicateLead } from '../utils/duplicateLeadsOf';
import { forgetLeadLists } from '../utils/forgetLeadLists';
import { newLeadGaps } from '../utils/newLeadGaps';

/**
 * "Merge into" for a lead being added that duplicates an open one: nothing new is created; the
 * existing lead takes what was typed where it has nothing (one updateLead, which logs each field
 * it fills). Resolves to the fields filled (none when it already had them all).
 */
export function useMergeNewLead() {
  const [mutate, { loading }] = useFillLeadGapsMutation();
  const client = useApolloClient();
  const mergeInto = useCallback(
    async (target: DuplicateLead, typed: { email: string; company: string }) => {
      const input = newLeadGaps(target, typed);
      const filled = Object.keys(input);
      if (filled.length === 0) return filled;
      await mutate({ variables: { id: target.id, input } });
      forgetLeadLists(client.cache);
      return filled;
    },
    [mutate, client],
  );
  return { mergeInto, loading };
}
