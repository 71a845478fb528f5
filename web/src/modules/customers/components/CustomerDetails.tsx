import { Link } from 'react-router';
import { useCustomerPageQuery } from '../../../__generated__/graphql';
import { formatDate } from '../../../lib/formatDate';
import { formatMoney } from '../../../lib/formatMoney';
import { formatMoneyTotals } from '../../../lib/formatMoneyTotals';
import { ConvertedTotal } from '../../currency/components/ConvertedTotal';
import { convertsSomething } from '../../currency/utils/describeConversion';
import { formatPercent } from '../../../lib/formatPercent';
import { errorMessage } from '../../../lib/graphqlErrors';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { ScoreBadge } from '../../../ui/ScoreBadge';
import { Stat } from '../../../ui/Stat';
import { useFactorContext } from '../../leads/hooks/useFactorContext';
import { describeFactor, describeValue } from '../../leads/utils/describeFactor';
import { factorEffect } from '../../leads/utils/factorEffect';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** CRM data (demo CRM subgraph) beside deals and lead score (sales subgraph), in one gateway query. */
export function CustomerDetails({ id }: { id: string }) {
  const { data, error, refetch } = useCustomerPageQuery({ variables: { id } });
  const factors = data?.customer?.leadScore?.explanation.factors ?? [];
  const context = useFactorContext(factors.map((f) => f.feature));
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading customer…" />;
  const c = data.customer;
  if (!c)
    return (
      <EmptyState title="Customer not found">
        <Link to="/customers">All customers</Link>
      </EmptyState>
    );
  const score = c.leadScore;
  const top = [...factors]
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, 5)
    .sort((a, b) => b.contribution - a.contribution);
  const signals = c.signals;
  // A signal reads the same here as in the lead score's sentences (describeValue).
  const say = (feature: string, value: number | null | undefined) =>
    value == null ? '—' : capital(describeValue(feature, feature, String(value)));
  return (
    <>
      <p style={{ margin: '0 0 6px' }}>
        <Link to="/customers">← Customers</Link>
      </p>
      <PageHeader title={c.name} subtitle={`${c.industry} · ${c.country} · ${c.email}`} />
      <div className="stats">
        <Stat
          label="CRM health score"
          value={c.healthScore}
          hint="Out of 100, set by customer success in the CRM"
        />
        {/* The CRM gives MRR and revenue without a currency: shown as plain amounts. */}
        <Stat label="Plan" value={c.plan} hint={`${formatMoney(c.mrr, null)} MRR`} />
        <Stat
          label="Open deals"
          value={formatMoneyTotals(c.openDealTotals, true)}
          hint={
            <>
              {`${formatMoneyTotals(c.weightedDealTotals, true)} weighted`}
              {c.openDealInReportingCurrency &&
                convertsSomething(c.openDealInReportingCurrency) && (
                  <>
                    <br />
                    <ConvertedTotal total={c.openDealInReportingCurrency} what="Open deals" />
                  </>
                )}
            </>
          }
        />
        <Stat
          label="Won"
          value={formatMoneyTotals(c.wonDealTotals, true)}
          hint={
            c.wonDealInReportingCurrency && convertsSomething(c.wonDealInReportingCurrency) ? (
              <ConvertedTotal total={c.wonDealInReportingCurrency} what="Won" />
            ) : undefined
          }
        />
      </div>
      <div className="detail-layout">
        <Panel title="Deals">
          {c.deals.length === 0 ? (
            <EmptyState title="No deals with this customer" />
          ) : (
            <div className="table-wrap" style={{ boxShadow: 'none' }}>
              <table className="table">
                <thead>
                  <tr>
                    <th>Deal</th>
                    <th>Stage</th>
                    <th className="num">Value</th>
                    <th>Owner</th>
                    <th>Expected close</th>
                  </tr>
                </thead>
                <tbody>
                  {c.deals.map((d) => (
                    <tr key={d.id}>
                      <td>
                        <Link to={`/deals/${d.id}`}>{d.title}</Link>{' '}
                        {d.isRotting && <span className="badge badge--danger">Rotting</span>}
                      </td>
                      <td>
                        <span
                          className={`badge ${d.stage.kind === 'WON' ? 'badge--success' : d.stage.kind === 'LOST' ? 'badge--danger' : 'badge--info'}`}
                        >
                          {d.stage.name}
                        </span>
                      </td>
                      <td className="num">{formatMoney(d.value, d.currency)}</td>
                      <td>{d.owner?.name ?? '—'}</td>
                      <td>{formatDate(d.expectedCloseDate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Panel>
        <div className="stack">
          <Panel title="Lead score">
            {score ? (
              <>
                <div className="explanation__summary">
                  <ScoreBadge score={score.score} band={score.band} size="lg" />
                  <div>
                    <div>
                      <strong>{formatPercent(score.probability, 1)}</strong> to convert
                    </div>
                    <div className="muted">
                      Best open lead: <Link to={`/leads/${score.lead.id}`}>{score.lead.name}</Link>
                    </div>
                  </div>
                </div>
                <ul className="factor-list" data-testid="customer-factors">
                  {top.map((f) => (
                    <li key={f.feature}>
                      <span>
                        {describeFactor(f)}
                        {context(f.feature, f.value) && (
                          <span className="muted">, {context(f.feature, f.value)}</span>
                        )}
                      </span>
                      <span
                        className={f.contribution >= 0 ? 'factor--positive' : 'factor--negative'}
                      >
                        {factorEffect(f.contribution)}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="muted">No open lead for this customer.</p>
            )}
          </Panel>
          <Panel title="Usage signals">
            {signals ? (
              <dl className="dl" data-testid="usage-signals">
                <dt>Usage health score</dt>
                <dd>
                  {signals.healthScore == null ? '—' : `${signals.healthScore} out of 100`}
                  <div className="muted">
                    Sent with the usage signals; the lead score uses this one, not the CRM’s.
                  </div>
                </dd>
                <dt>Seats in use</dt>
                <dd>
                  {signals.activeUsers != null && signals.seats
                    ? `${signals.activeUsers} of ${signals.seats} (${Math.round((signals.activeUsers / signals.seats) * 100)} %)`
                    : `${signals.activeUsers ?? '—'} of ${signals.seats ?? '—'}`}
                </dd>
                <dt>Usage trend</dt>
                <dd>{say('usageTrend', signals.usageTrend)}</dd>
                <dt>Employees</dt>
                <dd>{signals.employees?.toLocaleString('en-US') ?? '—'}</dd>
                <dt>Annual revenue</dt>
                <dd>{formatMoney(signals.annualRevenue, null)}</dd>
                <dt>Updated</dt>
                <dd>{formatDate(signals.updatedAt)}</dd>
              </dl>
            ) : (
              <p className="muted">No signals pushed yet.</p>
            )}
          </Panel>
        </div>
      </div>
    </>
  );
}
