import { Link } from 'react-router';
import { useDealPageQuery } from '../../../__generated__/graphql';
import { formatDate } from '../../../lib/formatDate';
import { formatMoney } from '../../../lib/formatMoney';
import { errorMessage } from '../../../lib/graphqlErrors';
import { SubjectTimeline } from '../../activities/components/SubjectTimeline';
import { PlannedActivitiesPanel } from '../../planned/components/PlannedActivitiesPanel';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { ScoreBadge } from '../../../ui/ScoreBadge';
import { DealCloseActions } from './DealCloseActions';
import { DealDeleteAction } from './DealDeleteAction';
import { DealEditForm } from './DealEditForm';
import { DealReopenAction } from './DealReopenAction';
import { StageProgress } from './StageProgress';
import { stageTenure } from '../utils/stageTenure';
import { WinProbabilityPanel } from './WinProbabilityPanel';

export function DealDetails({ id }: { id: string }) {
  const { data, error, refetch } = useDealPageQuery({ variables: { id } });
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading deal…" />;
  const deal = data.deal;
  if (!deal) {
    return (
      <EmptyState title="Deal not found">
        <Link to="/board">Back to the board</Link>
      </EmptyState>
    );
  }
  return (
    <>
      <p style={{ margin: '0 0 6px' }}>
        <Link to={`/board/${deal.pipeline.id}`}>← {deal.pipeline.name}</Link>
      </p>
      <PageHeader
        title={deal.title}
        actions={
          <>
            <DealCloseActions deal={deal} />
            <DealReopenAction deal={deal} />
            <DealDeleteAction deal={deal} />
          </>
        }
        subtitle={
          <>
            {formatMoney(deal.value, deal.currency)} · {stageTenure(deal)}{' '}
            {deal.isRotting && <span className="badge badge--danger">Rotting</span>}
          </>
        }
      />
      <StageProgress deal={deal} />
      <div className="detail-layout">
        <div className="stack">
          <Panel title="Details">
            <DealEditForm deal={deal} users={data.users} onConflict={() => refetch()} />
          </Panel>
          <SubjectTimeline subject={{ dealId: deal.id }} />
        </div>
        <div className="stack">
          <PlannedActivitiesPanel subject={{ dealId: deal.id }} />
          <WinProbabilityPanel dealId={deal.id} />
          <Panel title="Customer">
            {deal.customer ? (
              <Link to={`/customers/${deal.customer.id}`}>{deal.customer.name}</Link>
            ) : (
              <p className="muted">No customer linked.</p>
            )}
          </Panel>
          <Panel title="Lead">
            {deal.lead ? (
              <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
                <ScoreBadge score={deal.lead.score} band={deal.lead.scoreBand} />{' '}
                <Link to={`/leads/${deal.lead.id}`}>{deal.lead.name}</Link>
              </span>
            ) : (
              <p className="muted">Not from a lead.</p>
            )}
          </Panel>
          <Panel title="Record">
            <dl className="dl">
              <dt>Created</dt>
              <dd>{formatDate(deal.createdAt)}</dd>
              <dt>Closed</dt>
              <dd>{formatDate(deal.closedAt)}</dd>
              {deal.lostReason && (
                <>
                  <dt>Lost because</dt>
                  <dd>{deal.lostReason}</dd>
                </>
              )}
              <dt>Version</dt>
              <dd>{deal.version}</dd>
            </dl>
          </Panel>
        </div>
      </div>
    </>
  );
}
