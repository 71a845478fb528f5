import { useCallback } from 'react';
import { useCancelActivityMutation } from '../../../__generated__/lazy';
import { plannedRefetch } from './plannedRefetch';

/** Calls off a planned activity. */
export function useCancelActivity() {
  const [mutate, { loading }] = useCancelActivityMutation();
  const cancel = useCallback(
    (id: string) => mutate({ variables: { id }, ...plannedRefetch }),
    [mutate],
  );
  return { cancel, loading };
}
