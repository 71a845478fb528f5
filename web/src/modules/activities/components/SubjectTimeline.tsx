import { useDealTimelineQuery, useLeadTimelineQuery } from '../../../__generated__/lazy';
import { useTimelineUsersQuery } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { Panel } from '../../../ui/Panel';
import type { ActivitySubject } from '../hooks/useLogActivity';
import { ActivityTimeline } from './ActivityTimeline';
import { LogActivityForm } from './LogActivityForm';

/** The timeline of a deal or a lead, with the form to add to it. */
export function SubjectTimeline({ subject }: { subject: ActivitySubject }) {
  const deal = useDealTimelineQuery({
    variables: { dealId: 'dealId' in subject ? subject.dealId : '' },
    skip: !('dealId' in subject),
  });
  const lead = useLeadTimelineQuery({
    variables: { leadId: 'leadId' in subject ? subject.leadId : '' },
    skip: !('leadId' in subject),
  });
  const query = 'dealId' in subject ? deal : lead;
  const activities = deal.data?.dealActivities ?? lead.data?.leadActivities;
  const { data: users } = useTimelineUsersQuery();
  const userName = (id: string) => users?.users.find((u) => u.id === id)?.name;
  return (
    <Panel title="Activity">
      <LogActivityForm subject={subject} />
      <div style={{ marginTop: 12 }}>
        {activities ? (
          <ActivityTimeline activities={activities} userName={userName} />
        ) : query.error ? (
          <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingState label="Loading activity…" />
        )}
      </div>
    </Panel>
  );
}
