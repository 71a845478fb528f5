import { useState } from 'react';
import { Link } from 'react-router';
import { useRoutingRunsQuery } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { formatDate } from '../../../lib/formatDate';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { routingOutcome, routingRunOwner, routingRunSource } from '../utils/describeRoutingRun';

const PAGE = 25;

/** The latest routing decisions: when, which lead, which rule (or the fallback), who got it, why. */
export function RoutingRuns({ rules }: { rules: readonly { id: string; name: string }[] }) {
  const [ruleId, setRuleId] = useState('');
  const [first, setFirst] = useState(PAGE);
  const { data, error, refetch, loading } = useRoutingRunsQuery({
    variables: { first, filter: ruleId ? { ruleId } : null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const runs = data?.routingRuns;
  const controls = (
    <div className="routing-runs__controls">
      <label className="field">
        <span>Rule</span>
        <select
          value={ruleId}
          onChange={(e) => {
            setRuleId(e.target.value);
            setFirst(PAGE);
          }}
        >
          <option value="">All rules and the fallback</option>
          {rules.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--small"
        disabled={loading}
        onClick={() => void refetch()}
      >
        Refresh runs
      </button>
    </div>
  );
  let body;
  if (error && !runs)
    body = <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  else if (!runs) body = <LoadingState label="Loading routing runs…" />;
  else if (runs.length === 0)
    body = (
      <EmptyState title="No routing runs yet">
        Decisions appear here when new leads are routed.
      </EmptyState>
    );
  else
    body = (
      <>
        <ol className="routing-runs" aria-label="Recent routing runs" data-testid="routing-runs">
          {runs.map((run) => {
            const outcome = routingOutcome(run.outcome);
            return (
              <li key={run.id} className="routing-rule" data-lead={run.lead?.name ?? run.leadId}>
                <div className="routing-rule__body">
                  <span className={`badge ${outcome.badge}`}>{outcome.label}</span>{' '}
                  {run.lead ? (
                    <Link to={`/leads/${run.lead.id}`}>{run.lead.name}</Link>
                  ) : (
                    <span className="muted">a deleted lead</span>
                  )}{' '}
                  <span className="muted">
                    ·{' '}
                    <time dateTime={String(run.createdAt)}>{formatDate(run.createdAt, true)}</time>
                  </span>
                  <div>
                    {routingRunSource(run)} → <strong>{routingRunOwner(run)}</strong>
                  </div>
                  <div className="muted">{run.reason}</div>
                  {run.error && <div className="field__error">Error: {run.error}</div>}
                </div>
              </li>
            );
          })}
        </ol>
        {runs.length >= first && (
          <div>
            <button
              type="button"
              className="button button--small"
              disabled={loading}
              onClick={() => setFirst((n) => n + PAGE)}
            >
              Show more runs
            </button>
          </div>
        )}
      </>
    );
  return (
    <div className="stack">
      {controls}
      {body}
    </div>
  );
}
