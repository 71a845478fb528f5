import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import {
  ScoringRunProgressDocument,
  useRefreshLeadScoresMutation,
  type ScoringRunProgressQuery,
  type ScoringRunProgressQueryVariables,
} from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { plural } from '../../../lib/plural';
import { useToast } from '../../../ui/useToast';

export type RescoreProgress = { processed: number; total: number } | null;

const FINISHED = ['DONE', 'SUCCEEDED', 'COMPLETED', 'FAILED', 'ERROR'];

/** Rescores leads and reports the run's progress until it finishes, then refreshes the tables. */
export function useRefreshLeadScores() {
  const [mutate] = useRefreshLeadScoresMutation();
  const client = useApolloClient();
  const toast = useToast();
  const [progress, setProgress] = useState<RescoreProgress>(null);

  const rescore = useCallback(
    async (ids: string[] | null) => {
      setProgress({ processed: 0, total: ids?.length ?? 0 });
      try {
        const { data } = await mutate({ variables: { ids } });
        let run = data?.refreshLeadScores.run;
        while (run && !FINISHED.includes(run.status.toUpperCase()) && run.processed < run.total) {
          setProgress({ processed: run.processed, total: run.total });
          await new Promise((resolve) => setTimeout(resolve, 1000));
          const next = await client.query<
            ScoringRunProgressQuery,
            ScoringRunProgressQueryVariables
          >({
            query: ScoringRunProgressDocument,
            variables: { id: run.id },
            fetchPolicy: 'network-only',
          });
          run = next.data?.scoringRun ?? undefined;
        }
        if (run?.error) throw new Error(run.error);
        await client.refetchQueries({ include: ['LeadTable', 'LeadPage', 'DashboardScoring'] });
        toast.show(
          `Rescored ${plural(data?.refreshLeadScores.rescored ?? run?.processed ?? 0, 'lead')}.`,
          'success',
        );
      } catch (error) {
        toast.show(`Rescoring failed: ${errorMessage(error)}`, 'error');
      } finally {
        setProgress(null);
      }
    },
    [mutate, client, toast],
  );
  return { rescore, progress };
}
