import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useConvertLeadMutation, type ConvertLeadInput } from '../../../__generated__/lazy';
import { forgetBoardColumns } from '../utils/forgetBoardColumns';
import { forgetLeadLists } from '../../leads/utils/forgetLeadLists';

/**
 * Converts a lead into a deal. The lead's page updates from the answer (status CONVERTED, its
 * deal); the lead table's pages and the stage's cached column are dropped so they are fetched again.
 */
export function useConvertLead() {
  const [mutate, { loading }] = useConvertLeadMutation();
  const client = useApolloClient();
  const convert = useCallback(
    async (input: ConvertLeadInput) => {
      const { data } = await mutate({ variables: { input } });
      forgetLeadLists(client.cache);
      forgetBoardColumns(client.cache, [String(input.stageId)]);
      return data?.convertLead ?? null;
    },
    [mutate, client],
  );
  return { convert, loading };
}
