import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useLeadPageQuery, type LeadPageQuery } from '../../../__generated__/graphql';
import { formatDate } from '../../../lib/formatDate';
import { errorCode, errorMessage } from '../../../lib/graphqlErrors';
import { SubjectTimeline } from '../../activities/components/SubjectTimeline';
import { PlannedActivitiesPanel } from '../../planned/components/PlannedActivitiesPanel';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { ScoreBadge } from '../../../ui/ScoreBadge';
import { engagementSummary } from '../utils/engagementSummary';
import { metadataEntries } from '../utils/metadataEntries';
import { sourceLabel } from '../utils/sourceLabel';
import { LeadDeleteAction } from './LeadDeleteAction';
import { MergeLeadAction } from './MergeLeadAction';
import { LeadStatusBadge } from './LeadStatusBadge';
import { ScoreExplanationPanel } from './ScoreExplanationPanel';
import { closedLeadScore } from '../utils/closedLeadScore';
import { ScoreHistoryChart } from './ScoreHistoryChart';

export type LeadOfPage = NonNullable<LeadPageQuery['lead']>;

/**
 * A lead's page. `convertAction` renders "Convert to deal" (the deals module's, passed in by the
 * page: leads come before deals in the modules' order).
 */
export function LeadDetails({
  id,
  convertAction,
}: {
  id: string;
  convertAction?: (lead: LeadOfPage) => ReactNode;
}) {
  const { data, error, refetch } = useLeadPageQuery({ variables: { id } });
  if (error && !data) {
    return errorCode(error) === 'NOT_FOUND' ? (
      <EmptyState title="Lead not found" />
    ) : (
      <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
    );
  }
  if (!data) return <LoadingState label="Loading lead…" />;
  const lead = data.lead;
  if (!lead)
    return (
      <EmptyState title="Lead not found">
        <Link to="/leads">Back to leads</Link>
      </EmptyState>
    );
  return (
    <>
      <p style={{ margin: '0 0 6px' }}>
        <Link to="/leads">← Leads</Link>
      </p>
      <PageHeader
        documentTitle={lead.name}
        title={
          <span style={{ display: 'inline-flex', gap: 12, alignItems: 'center' }}>
            {lead.name}{' '}
            <ScoreBadge
              score={lead.score}
              band={lead.scoreBand}
              unscored={closedLeadScore(lead.status, lead.score)}
            />{' '}
            <LeadStatusBadge status={lead.status} />
          </span>
        }
        subtitle={[lead.title, lead.company].filter(Boolean).join(' at ') || undefined}
        actions={
          <>
            {convertAction?.(lead)}
            <MergeLeadAction lead={lead} />
            <LeadDeleteAction lead={lead} />
          </>
        }
      />
      <div className="detail-layout">
        <div className="stack">
          <ScoreExplanationPanel
            lead={lead}
            closedNote={closedLeadScore(lead.status, lead.score)}
          />
          <Panel title="Score history">
            <ScoreHistoryChart history={lead.scoreHistory} />
          </Panel>
          <SubjectTimeline subject={{ leadId: lead.id }} />
        </div>
        <div className="stack">
          <PlannedActivitiesPanel subject={{ leadId: lead.id }} />
          <Panel title="Details">
            <dl className="dl">
              <dt>Email</dt>
              <dd>{lead.email ?? '—'}</dd>
              <dt>Source</dt>
              <dd>{sourceLabel(lead.source)}</dd>
              <dt>Owner</dt>
              <dd>{lead.owner?.name ?? 'Unassigned'}</dd>
              <dt>Created</dt>
              <dd>{formatDate(lead.createdAt)}</dd>
              <dt>Last engaged</dt>
              <dd>{formatDate(lead.lastEngagedAt)}</dd>
              <dt>Engagement</dt>
              <dd>{engagementSummary(lead)}</dd>
              {metadataEntries(lead.metadata).map(([key, value]) => (
                <Fragment key={key}>
                  <dt>{key}</dt>
                  <dd>{value}</dd>
                </Fragment>
              ))}
              <dt>Scored</dt>
              <dd>
                {lead.scoredAt
                  ? `${formatDate(lead.scoredAt, true)} (model ${lead.scoreModelVersion ?? '?'})`
                  : 'Not yet'}
              </dd>
            </dl>
          </Panel>
          <Panel title="Customer">
            {lead.customer ? (
              <dl className="dl">
                <dt>Name</dt>
                <dd>
                  <Link to={`/customers/${lead.customer.id}`}>{lead.customer.name}</Link>
                </dd>
                <dt>CRM health score</dt>
                <dd>{lead.customer.healthScore} out of 100</dd>
                <dt>Plan</dt>
                <dd>{lead.customer.plan}</dd>
              </dl>
            ) : (
              <p className="muted">Not linked to a customer.</p>
            )}
          </Panel>
          {lead.deal && (
            <Panel title="Deal">
              <Link to={`/deals/${lead.deal.id}`}>{lead.deal.title}</Link>{' '}
              <span className="muted">· {lead.deal.stage.name}</span>
            </Panel>
          )}
        </div>
      </div>
    </>
  );
}
