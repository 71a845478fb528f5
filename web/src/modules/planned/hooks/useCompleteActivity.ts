import { useCallback } from 'react';
import { useCompleteActivityMutation } from '../../../__generated__/lazy';
import { plannedRefetch } from './plannedRefetch';

/** Marks a planned activity done, with an optional note; the server logs it on the timeline. */
export function useCompleteActivity() {
  const [mutate, { loading }] = useCompleteActivityMutation();
  const complete = useCallback(
    (id: string, note: string | null) => mutate({ variables: { id, note }, ...plannedRefetch }),
    [mutate],
  );
  return { complete, loading };
}
