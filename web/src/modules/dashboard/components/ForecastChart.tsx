import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DashboardForecastQuery } from '../../../__generated__/graphql';
import { formatMoney } from '../../../lib/formatMoney';
import { amountIn, currenciesOf, sumTotals } from '../../../lib/moneyTotals';
import { ChartTable } from '../../../ui/ChartTable';
import { legendText } from '../../../ui/legendText';
import { forecastRows } from '../utils/forecastRows';
import { monthLabel } from '../utils/monthLabel';
import { ChartPanel } from './ChartPanel';

type Months = DashboardForecastQuery['forecast'];

/**
 * Won (committed), expected and best case by month of expected close, against the stored team
 * target. The bars stack to the best case; their first two parts are the expected value.
 */
export function ForecastChart({
  months,
  currency,
  loading,
  error,
}: {
  months: Months;
  currency: string;
  loading: boolean;
  error: unknown;
}) {
  const rows = forecastRows(months, currency).map((r) => ({
    ...r,
    label: monthLabel(r.month, true),
  }));
  const hasTarget = rows.some((r) => r.target != null);
  // The axis abbreviates ("$1.3M"); the tooltip and the table give the amounts exactly.
  const money = (v: unknown) => (v == null ? '—' : formatMoney(Number(v), currency, true));
  const exact = (v: unknown) => (v == null ? '—' : formatMoney(Number(v), currency));
  // Amounts are per currency: the chart plots the pipeline's; deals in others are listed apart.
  const others = {
    won: sumTotals(months.map((m) => m.wonTotals)),
    expected: sumTotals(months.map((m) => m.expectedTotals)),
    bestCase: sumTotals(months.map((m) => m.bestCaseTotals)),
  };
  const otherCurrencies = currenciesOf(Object.values(others), currency).filter(
    (c) => c !== currency,
  );
  const otherTargets = months.filter((m) => m.targetTotal && m.targetTotal.currency !== currency);
  return (
    <ChartPanel
      title={`Forecast by month of expected close (${currency})`}
      loading={loading}
      error={error}
      empty={!rows.length}
      emptyText="No deals expected to close in this period"
      testId="chart-forecast"
    >
      <p className="muted chart-note" style={{ marginTop: 0 }}>
        <strong>Won</strong>: deals won in the month. <strong>Expected</strong> = won + each open
        deal expected to close in the month × its stage rate. <strong>Best case</strong> = won +
        every open deal at full value. <strong>Target</strong>: the team target stored for this
        pipeline. Open deals whose expected close date has passed count in the current month.
      </p>
      <div className="chart chart--tall">
        <ResponsiveContainer>
          <ComposedChart data={rows} margin={{ left: 8, right: 8, top: 8 }}>
            <CartesianGrid stroke="#e5e7eb" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={money} tick={{ fontSize: 11 }} width={64} />
            <Tooltip formatter={exact} />
            <Legend formatter={legendText} />
            <Bar dataKey="won" name="Won" stackId="f" fill="#15803d" isAnimationActive={false} />
            <Bar
              dataKey="weightedOpen"
              name="Expected from open deals"
              stackId="f"
              fill="#4338ca"
              isAnimationActive={false}
            />
            <Bar
              dataKey="restOfBestCase"
              name="Rest of best case"
              stackId="f"
              fill="#c7d2fe"
              isAnimationActive={false}
            />
            {hasTarget && (
              <Line
                dataKey="target"
                name="Target"
                stroke="#c2410c"
                strokeWidth={2}
                isAnimationActive={false}
                connectNulls={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {otherCurrencies.map((c) => (
        <p key={c}>
          In {c} over these months, not in the chart:{' '}
          {formatMoney(amountIn(others.won, c), c, true)} won ·{' '}
          {formatMoney(amountIn(others.expected, c), c, true)} expected ·{' '}
          {formatMoney(amountIn(others.bestCase, c), c, true)} best case
        </p>
      ))}
      {otherTargets.map((m) => (
        <p key={m.month}>
          Target for {monthLabel(m.month)}:{' '}
          {formatMoney(m.targetTotal!.amount, m.targetTotal!.currency)}, not in the chart (another
          currency).
        </p>
      ))}
      <ChartTable
        caption={`Forecast by month of expected close, in ${currency}`}
        rows={rows}
        columns={[
          { label: 'Month', value: (r) => monthLabel(r.month) },
          { label: 'Open deals', value: (r) => r.dealCount, numeric: true },
          { label: 'Won', value: (r) => exact(r.won), numeric: true },
          { label: 'Expected', value: (r) => exact(r.expected), numeric: true },
          { label: 'Best case', value: (r) => exact(r.bestCase), numeric: true },
          { label: 'Target', value: (r) => exact(r.target), numeric: true },
          {
            label: 'Overdue (in this month)',
            value: (r) => (r.overdueCount ? `${r.overdueCount} · ${exact(r.overdue)}` : '—'),
            numeric: true,
          },
        ]}
      />
    </ChartPanel>
  );
}
