import { useState } from 'react';
import {
  useDealPlannedActivitiesQuery,
  useLeadPlannedActivitiesQuery,
} from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { Panel } from '../../../ui/Panel';
import type { ActivitySubject } from '../../activities/hooks/useLogActivity';
import '../planned.css';
import { NextStep } from './NextStep';
import { PlanActivityForm } from './PlanActivityForm';
import { PlannedActivityItem } from './PlannedActivityItem';

/** A deal's or lead's next step and its open planned activities, with the form to plan one. */
export function PlannedActivitiesPanel({ subject }: { subject: ActivitySubject }) {
  const [planning, setPlanning] = useState(false);
  const deal = useDealPlannedActivitiesQuery({
    variables: { dealId: 'dealId' in subject ? subject.dealId : '' },
    skip: !('dealId' in subject),
  });
  const lead = useLeadPlannedActivitiesQuery({
    variables: { leadId: 'leadId' in subject ? subject.leadId : '' },
    skip: !('leadId' in subject),
  });
  const query = 'dealId' in subject ? deal : lead;
  const owner = deal.data?.deal ?? lead.data?.lead;
  return (
    <Panel
      title="Planned activities"
      actions={
        !planning && (
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => setPlanning(true)}
          >
            Plan next step
          </button>
        )
      }
    >
      {planning && <PlanActivityForm subject={subject} onDone={() => setPlanning(false)} />}
      {owner ? (
        <>
          <p className="planned-next">
            <span className="planned-next__label">Next step</span>
            <NextStep activity={owner.nextActivity} spokenPrefix="" />
          </p>
          {owner.plannedActivities.length > 0 && (
            <ul className="planned-list" aria-label="Open planned activities">
              {owner.plannedActivities.map((activity) => (
                <PlannedActivityItem key={activity.id} activity={activity} />
              ))}
            </ul>
          )}
        </>
      ) : query.error ? (
        <ErrorState message={errorMessage(query.error)} onRetry={() => void query.refetch()} />
      ) : (
        query.loading && <LoadingState label="Loading planned activities…" />
      )}
    </Panel>
  );
}
