import { Link } from 'react-router';
import type { DryRunRoutingQuery } from '../../../__generated__/lazy';
import { describeDryRun } from '../utils/describeDryRun';
import { plural } from '../../../lib/plural';

/**
 * Who would get which lead under the rule set being edited: the open leads without an owner (the
 * newest `limit`), the only ones routing would route.
 */
export function RoutingDryRunResult({
  result,
  limit,
}: {
  result: DryRunRoutingQuery['dryRunRouting'];
  limit: number;
}) {
  const said = describeDryRun(result, limit);
  // The leads the rules would assign come first: they are what the preview is for.
  const shown = [...result.assignments]
    .sort((a, b) => Number(!a.owner) - Number(!b.owner))
    .slice(0, 20);
  return (
    <section className="routing-dry-run" aria-label="Dry run" data-testid="routing-dry-run">
      <h3 className="panel__title">{said.title}</h3>
      {said.empty ? (
        <p className="muted">{said.empty}</p>
      ) : (
        <>
          <ul className="routing-totals">
            {said.lines.map((line) => (
              <li key={line.key}>{line.text}</li>
            ))}
          </ul>
          <p className="muted">
            Leads that already have an owner keep it and are not counted. Saving routes leads
            created from then on; the unassigned leads above can be routed when the rule is saved.
          </p>
        </>
      )}
      {shown.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">
              First {plural(shown.length, 'lead')} and their owners
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
                  <td>{a.owner?.name ?? 'Nobody (stays unassigned)'}</td>
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
