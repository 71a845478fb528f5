import { useMemo } from 'react';
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
import { useDashboardForecastQuery } from '../../../__generated__/graphql';
import { formatMoney } from '../../../lib/formatMoney';
import { amountIn, currenciesOf, sumTotals } from '../../../lib/moneyTotals';
import { monthKeys, monthStart } from '../utils/monthRange';
import { ChartTable } from '../../../ui/ChartTable';
import { legendText } from '../../../ui/legendText';
import { ChartPanel } from './ChartPanel';

export function ForecastChart({
  pipelineId,
  monthlyTarget,
  currency,
}: {
  pipelineId: string;
  monthlyTarget: string;
  currency: string;
}) {
  const now = useMemo(() => new Date(), []);
  const targets = useMemo(
    () =>
      monthlyTarget
        ? monthKeys(now, -2, 8).map((month) => ({ month, target: monthlyTarget }))
        : null,
    [now, monthlyTarget],
  );
  const { data, loading, error } = useDashboardForecastQuery({
    variables: { pipelineId, from: monthStart(now, -2), to: monthStart(now, 6), targets },
  });
  const rows = (data?.forecast ?? []).map((m) => ({
    month: m.month,
    weighted: Number(amountIn(m.weightedTotals, currency)),
    total: Number(amountIn(m.totals, currency)),
    won: Number(amountIn(m.wonTotals, currency)),
    target: m.target == null ? null : Number(m.target),
  }));
  const money = (v: unknown) => formatMoney(Number(v), currency, true);
  // Amounts are per currency: the chart plots the pipeline's; deals in others are listed apart.
  const months = data?.forecast ?? [];
  const others = {
    won: sumTotals(months.map((m) => m.wonTotals)),
    weighted: sumTotals(months.map((m) => m.weightedTotals)),
    total: sumTotals(months.map((m) => m.totals)),
  };
  const otherCurrencies = currenciesOf(Object.values(others), currency).filter(
    (c) => c !== currency,
  );
  return (
    <ChartPanel
      title="Weighted forecast by month"
      loading={loading && !data}
      error={error}
      empty={!rows.length}
      emptyText="No deals expected to close in this period"
      testId="chart-forecast"
    >
      <div className="chart chart--tall">
        <ResponsiveContainer>
          <ComposedChart data={rows} margin={{ left: 8, right: 8, top: 8 }}>
            <CartesianGrid stroke="#e5e7eb" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={money} tick={{ fontSize: 11 }} width={64} />
            <Tooltip formatter={money} />
            <Legend formatter={legendText} />
            <Bar dataKey="won" name="Won" stackId="f" fill="#15803d" isAnimationActive={false} />
            <Bar
              dataKey="weighted"
              name="Weighted open"
              stackId="f"
              fill="#4338ca"
              isAnimationActive={false}
            />
            <Line
              dataKey="total"
              name="Unweighted open"
              stroke="#94a3b8"
              strokeDasharray="4 3"
              isAnimationActive={false}
              dot={false}
            />
            {monthlyTarget && (
              <Line
                dataKey="target"
                name="Target"
                stroke="#c2410c"
                strokeWidth={2}
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {otherCurrencies.map((c) => (
        <p key={c}>
          In {c} over these months, not in the chart:{' '}
          {formatMoney(amountIn(others.won, c), c, true)} won ·{' '}
          {formatMoney(amountIn(others.weighted, c), c, true)} weighted open ·{' '}
          {formatMoney(amountIn(others.total, c), c, true)} unweighted open
        </p>
      ))}
      <ChartTable
        caption="Weighted forecast by month"
        rows={rows}
        columns={[
          { label: 'Month', value: (r) => r.month },
          { label: 'Won', value: (r) => money(r.won), numeric: true },
          { label: 'Weighted open', value: (r) => money(r.weighted), numeric: true },
          { label: 'Unweighted open', value: (r) => money(r.total), numeric: true },
          ...(monthlyTarget
            ? [
                {
                  label: 'Target',
                  value: (r: (typeof rows)[number]) => money(r.target),
                  numeric: true,
                },
              ]
            : []),
        ]}
      />
    </ChartPanel>
  );
}
