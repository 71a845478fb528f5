import { useMyDayQuery } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { Panel } from '../../../ui/Panel';
import '../planned.css';
import { browserClock } from '../utils/formatNextStep';
import { PlannedActivityItem } from './PlannedActivityItem';

const PAGE = 200;

/**
 * The signed-in user's open planned activities due by the end of today in the browser's time zone:
 * the overdue ones, then today's, each with a link to its deal or lead.
 */
export function MyDayList() {
  const { timeZone } = browserClock();
  const { data, error, refetch } = useMyDayQuery({ variables: { timeZone, first: PAGE } });
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading your day…" />;
  const activities = data.myDay.edges.map((edge) => edge.node);
  if (!activities.length)
    return (
      <EmptyState title="Nothing due today">
        Plan a next step on a deal or a lead and it shows here on its day.
      </EmptyState>
    );
  const groups = [
    { title: 'Overdue', items: activities.filter((a) => a.isOverdue) },
    { title: 'Later today', items: activities.filter((a) => !a.isOverdue) },
  ].filter((group) => group.items.length);
  return (
    <div className="stack">
      <p className="muted" style={{ margin: 0 }}>
        {activities.filter((a) => a.isOverdue).length} overdue ·{' '}
        {activities.filter((a) => !a.isOverdue).length} due later today ({timeZone} time)
        {data.myDay.pageInfo.hasNextPage && ` — the earliest ${PAGE} shown`}
      </p>
      {groups.map((group) => (
        <Panel key={group.title} title={`${group.title} (${group.items.length})`}>
          <ul className="planned-list" aria-label={group.title}>
            {group.items.map((activity) => (
              <PlannedActivityItem
                key={activity.id}
                activity={activity}
                showSubject
                showOwner={false}
              />
            ))}
          </ul>
        </Panel>
      ))}
    </div>
  );
}
