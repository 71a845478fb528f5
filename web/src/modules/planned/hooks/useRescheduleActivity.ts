import { useCallback } from 'react';
import { useRescheduleActivityMutation } from '../../../__generated__/lazy';
import { plannedRefetch } from './plannedRefetch';

/** Moves a planned activity to another time. */
export function useRescheduleActivity() {
  const [mutate, { loading }] = useRescheduleActivityMutation();
  const reschedule = useCallback(
    (id: string, dueAt: string) => mutate({ variables: { id, dueAt }, ...plannedRefetch }),
    [mutate],
  );
  return { reschedule, loading };
}
