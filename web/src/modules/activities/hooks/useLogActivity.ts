import { useCallback } from 'react';
import {
  DealTimelineDocument,
  LeadTimelineDocument,
  useLogActivityMutation,
  type DealTimelineQuery,
  type LeadTimelineQuery,
  type LoggedActivityType,
} from '../../../__generated__/lazy';

export type ActivitySubject = { dealId: string } | { leadId: string };

/** Logs a note, call, email or meeting; it appears at the top of the timeline before the server answers. */
export function useLogActivity(subject: ActivitySubject) {
  const [mutate, { loading, error }] = useLogActivityMutation();
  const log = useCallback(
    (type: LoggedActivityType, body: string) =>
      mutate({
        variables: { input: { ...subject, type, body } },
        optimisticResponse: {
          logActivity: {
            __typename: 'Activity',
            id: `optimistic-${Date.now()}`,
            type,
            body,
            payload: {},
            occurredAt: new Date().toISOString(),
            actor: null,
          },
        },
        update(cache, { data }) {
          const activity = data?.logActivity;
          if (!activity) return;
          if ('dealId' in subject) {
            cache.updateQuery<DealTimelineQuery>(
              { query: DealTimelineDocument, variables: { dealId: subject.dealId } },
              (prev) => (prev ? { dealActivities: [activity, ...prev.dealActivities] } : prev),
            );
          } else {
            cache.updateQuery<LeadTimelineQuery>(
              { query: LeadTimelineDocument, variables: { leadId: subject.leadId } },
              (prev) => (prev ? { leadActivities: [activity, ...prev.leadActivities] } : prev),
            );
          }
        },
      }),
    // The subject is a fresh object on each render; its id is what matters.
    [mutate, 'dealId' in subject ? subject.dealId : subject.leadId],
  );
  return { log, loading, error };
}
