import { useCallback } from 'react';
import { usePlanActivityMutation, type PlanActivityInput } from '../../../__generated__/lazy';
import { plannedRefetch } from './plannedRefetch';

/** Plans a call, meeting, task or email on a deal or a lead. */
export function usePlanActivity() {
  const [mutate, { loading }] = usePlanActivityMutation();
  const plan = useCallback(
    (input: PlanActivityInput) => mutate({ variables: { input }, ...plannedRefetch }),
    [mutate],
  );
  return { plan, loading };
}
