import { useSetStageRateWindowMutation } from '../../../__generated__/graphql';

/** Sets a pipeline's rate window; the answer (rates recomputed) lands in the cache by id. */
export function useSetStageRateWindow() {
  const [mutate, { loading }] = useSetStageRateWindowMutation();
  const setWindow = (pipelineId: string, months: number) =>
    mutate({ variables: { pipelineId, months } });
  return { setWindow, loading };
}
