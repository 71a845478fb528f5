import { Link } from 'react-router';
import type { DryRunRoutingQuery } from '../../../__generated__/lazy';

/** Who would get which open lead under the rule set being edited. */
export function RoutingDryRunResult({ result }: { result: DryRunRoutingQuery['dryRunRouting'] }) {
  // The leads the rules would assign come first: they are what the preview is for.
  const shown = [...result.assignments]
    .sort((a, b) => Number(!a.owner) - Number(!b.owner))
    .slice(0, 20);
  return (
    <section className="routing-dry-run" aria-label="Dry run" data-testid="routing-dry-run">
      <h3 className="panel__title">Dry run: {result.evaluated} open leads, nothing changed</h3>
      {result.totals.length === 0 ? (
        <p className="muted">No open leads to route.</p>
      ) : (
        <ul className="routing-totals">
          {result.totals.map((t) => (
            <li key={t.owner?.id ?? 'none'}>
              <strong>{t.owner?.name ?? 'Left unassigned'}</strong>: {t.leads}{' '}
              {t.leads === 1 ? 'lead' : 'leads'}
            </li>
          ))}
        </ul>
      )}
      {shown.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">
              First {shown.length} leads and their owners
            </caption>
            <thead>
              <tr>
                <th scope="col">Lead</th>
                <th scope="col">Would go to</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr key={a.lead.id}>
                  <td>
                    <Link to={`/leads/${a.lead.id}`}>{a.lead.name}</Link>
                    {a.lead.company && <div className="muted">{a.lead.company}</div>}
                  </td>
                  <td>{a.owner?.name ?? 'Nobody'}</td>
                  <td className="routing-reason">{a.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
