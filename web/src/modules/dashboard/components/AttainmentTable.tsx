import { useState } from 'react';
import type { DashboardForecastQuery } from '../../../__generated__/graphql';
import { formatMoney } from '../../../lib/formatMoney';
import { formatPercent } from '../../../lib/formatPercent';
import { totalsOrZero, type MoneyTotal } from '../../../lib/moneyTotals';
import { attainment } from '../utils/attainment';
import { monthLabel } from '../utils/monthLabel';

type Month = DashboardForecastQuery['forecast'][number];

function Attained({ value }: { value: number | null }) {
  if (value == null) return <span className="muted">—</span>;
  return (
    <span className="attained">
      <span className="attained__bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, value * 100)}%` }} />
      </span>
      {formatPercent(value)}
    </span>
  );
}

/** Each rep's won, expected and target for a month, and the share of the target won. */
export function AttainmentTable({
  months,
  currentMonth,
  currency,
}: {
  months: readonly Month[];
  currentMonth: string;
  currency: string;
}) {
  const [picked, setPicked] = useState(currentMonth);
  const month = months.find((m) => m.month === picked) ?? months[0];
  if (!month) return null;
  // One line per currency: side by side ("CHF 3,125 · ¥509,803.92 · $11,006.67") they made the
  // table wider than its panel, and the Attained column went out of view.
  const money = (totals: readonly MoneyTotal[]) => (
    <span className="amount-lines">
      {totalsOrZero(totals, currency).map((t) => (
        <span key={t.currency}>{formatMoney(t.amount, t.currency)}</span>
      ))}
    </span>
  );
  const target = (t: { currency: string; amount: string } | null | undefined) =>
    t ? formatMoney(t.amount, t.currency) : '—';
  return (
    <div className="stack">
      <label className="filters__item">
        <span>Month</span>
        <select value={month.month} onChange={(e) => setPicked(e.target.value)}>
          {months.map((m) => (
            <option key={m.month} value={m.month}>
              {monthLabel(m.month)}
            </option>
          ))}
        </select>
      </label>
      {/* Focusable: should the table ever scroll sideways, the keyboard can scroll it. */}
      {/* Named apart from its panel ("Attainment per rep"): two landmarks may not share a name. */}
      <div
        className="table-wrap"
        tabIndex={0}
        role="region"
        aria-label={`Attainment table, ${monthLabel(month.month)}`}
      >
        <table className="table table--tight attainment-table" data-testid="attainment-table">
          <caption className="visually-hidden">
            Attainment per rep in {monthLabel(month.month)}: won, expected and target
          </caption>
          <thead>
            <tr>
              <th scope="col">Rep</th>
              <th scope="col" className="num">
                Won
              </th>
              <th scope="col" className="num">
                Expected
              </th>
              <th scope="col" className="num">
                Target
              </th>
              <th scope="col" className="num">
                Attained
              </th>
            </tr>
          </thead>
          <tbody>
            {month.owners.map((o) => (
              <tr key={o.ownerId ?? 'none'}>
                <th scope="row">{o.owner?.name ?? (o.ownerId ? o.ownerId : 'No owner')}</th>
                <td className="num">{money(o.wonTotals)}</td>
                <td className="num">{money(o.expectedTotals)}</td>
                <td className="num">{target(o.target)}</td>
                <td className="num">
                  <Attained value={o.attainment ?? null} />
                </td>
              </tr>
            ))}
            {month.owners.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  No deals or targets in {monthLabel(month.month)}.
                </td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Whole team</th>
              <td className="num">{money(month.wonTotals)}</td>
              <td className="num">{money(month.expectedTotals)}</td>
              <td className="num">{target(month.targetTotal)}</td>
              <td className="num">
                <Attained
                  value={attainment(
                    month.wonTotals,
                    month.targetTotal,
                    month.wonInReportingCurrency,
                  )}
                />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="muted chart-note">
        Won: deals won in the month. Expected = won + open deals expected in the month × their stage
        rate (overdue ones count in the current month). Attained = won ÷ target: directly when both
        are in the same currency, else with the wins converted into the reporting currency at the
        month's rates, when the target is in it and every win has a rate. Each amount is in the
        currency it shows; currencies are never added together.
      </p>
    </div>
  );
}
