import { Link } from 'react-router';
import { useAutomationRunsQuery } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { formatDate } from '../../../lib/formatDate';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';

const OUTCOME: Record<string, string> = {
  ACTED: 'badge--success',
  NOT_MATCHED: '',
  SKIPPED: 'badge--warning',
  FAILED: 'badge--danger',
};

/** The latest automation runs: matched or not, what was done, the error. */
export function AutomationRuns() {
  const { data, error, refetch, loading } = useAutomationRunsQuery({
    variables: { first: 30 },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading recent runs…" />;
  const refresh = (
    <button
      type="button"
      className="button button--small"
      disabled={loading}
      onClick={() => void refetch()}
    >
      Refresh runs
    </button>
  );
  if (!data.automationRuns.length)
    return (
      <EmptyState title="No runs yet">Runs appear here when a trigger fires. {refresh}</EmptyState>
    );
  return (
    <div className="stack">
      <div>{refresh}</div>
      <ol
        className="routing-runs"
        aria-label="Recent automation runs"
        data-testid="automation-runs"
      >
        {data.automationRuns.map((run) => (
          <li key={run.id} className="routing-rule">
            <div className="routing-rule__body">
              <span className={`badge ${OUTCOME[run.outcome] ?? ''}`}>
                {run.outcome === 'NOT_MATCHED' ? 'not matched' : run.outcome.toLowerCase()}
              </span>{' '}
              <strong>{run.automationName}</strong> on{' '}
              {run.lead ? (
                <Link to={`/leads/${run.lead.id}`}>{run.lead.name}</Link>
              ) : run.deal ? (
                <Link to={`/deals/${run.deal.id}`}>{run.deal.title}</Link>
              ) : (
                'a deleted record'
              )}{' '}
              <span className="muted">· {formatDate(run.createdAt)}</span>
              <div className="muted">{run.reason}</div>
              {run.actions.length > 0 && <div>Did: {run.actions.join('; ')}</div>}
              {run.error && <div className="field__error">Error: {run.error}</div>}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
