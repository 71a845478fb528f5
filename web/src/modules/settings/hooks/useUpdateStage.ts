import { useCallback } from 'react';
import {
  useUpdateStageMutation,
  type StageSettings_StageFragment,
  type UpdateStageInput,
} from '../../../__generated__/graphql';

/** Saves a stage's name, probability and rotting days, shown at once and rolled back if refused. */
export function useUpdateStage() {
  const [mutate, { loading }] = useUpdateStageMutation();
  const update = useCallback(
    (stage: StageSettings_StageFragment, input: UpdateStageInput) =>
      mutate({
        variables: { id: stage.id, input },
        optimisticResponse: {
          updateStage: {
            ...stage,
            name: input.name ?? stage.name,
            probability: input.clearProbability ? null : (input.probability ?? stage.probability),
            // Cleared, the learned threshold is the one in force again.
            rottingDays: input.clearRottingDays
              ? stage.learnedRottingDays
              : (input.rottingDays ?? stage.rottingDays),
            handRottingDays: input.clearRottingDays
              ? null
              : (input.rottingDays ?? stage.handRottingDays),
          },
        },
      }),
    [mutate],
  );
  return { update, loading };
}
