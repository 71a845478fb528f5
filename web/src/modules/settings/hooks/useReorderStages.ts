import { useCallback } from 'react';
import {
  useReorderStagesMutation,
  type PipelineSettings_PipelineFragment,
} from '../../../__generated__/graphql';
import { errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';

/** Reorders stages at once; the previous order comes back if the server refuses. */
export function useReorderStages() {
  const [mutate] = useReorderStagesMutation();
  const toast = useToast();
  return useCallback(
    async (pipeline: PipelineSettings_PipelineFragment, stageIds: string[]) => {
      const byId = new Map(pipeline.stages.map((s) => [s.id, s]));
      try {
        await mutate({
          variables: { pipelineId: pipeline.id, stageIds },
          optimisticResponse: {
            reorderStages: {
              ...pipeline,
              stages: stageIds.flatMap((id, order) => {
                const stage = byId.get(id);
                return stage ? [{ ...stage, order }] : [];
              }),
            },
          },
        });
      } catch (error) {
        toast.show(`Could not reorder the stages: ${errorMessage(error)}`, 'error');
      }
    },
    [mutate, toast],
  );
}
