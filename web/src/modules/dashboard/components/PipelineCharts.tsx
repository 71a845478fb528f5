import { useApolloClient } from '@apollo/client/react';
import { Fragment } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useDashboardPipelineQuery } from '../../../__generated__/graphql';
import { formatMoney } from '../../../lib/formatMoney';
import { formatMoneyTotals } from '../../../lib/formatMoneyTotals';
import { formatPercent } from '../../../lib/formatPercent';
import { plural } from '../../../lib/plural';
import {
  amountIn,
  currenciesOf,
  sumTotals,
  totalsOrZero,
  type MoneyTotal,
} from '../../../lib/moneyTotals';
import { ChartTable } from '../../../ui/ChartTable';
import { legendText } from '../../../ui/legendText';
import { Stat } from '../../../ui/Stat';
import { StageRateNotice } from '../../stageRates/components/StageRateNotice';
import { useStageRateNotice } from '../../stageRates/hooks/useStageRateNotice';
import { ChartPanel } from './ChartPanel';

/** Both stage charts name every stage, slanted so that they fit side by side on a phone too. */
const STAGE_AXIS = {
  dataKey: 'name',
  tick: { fontSize: 12 },
  interval: 0,
  angle: -30,
  textAnchor: 'end',
  height: 64,
} as const;

export function PipelineCharts({
  pipelineId,
  from,
  to,
}: {
  pipelineId: string;
  from: string;
  to: string;
}) {
  const { data, loading, error, refetch } = useDashboardPipelineQuery({
    variables: { pipelineId, from, to },
  });
  const client = useApolloClient();
  const stats = data?.pipelineStats;
  const currency = stats?.pipeline.currency ?? null;
  const stages = [...(stats?.stages ?? [])].sort((a, b) => a.stage.order - b.stage.order);
  const open = stages.filter((s) => s.stage.kind === 'OPEN');
  const byStage = open.map((s) => ({
    name: s.stage.name,
    total: Number(amountIn(s.totals, currency ?? '')),
    weighted: Number(amountIn(s.weightedTotals, currency ?? '')),
  }));
  const funnel = open.map((s) => ({
    name: s.stage.name,
    deals: s.dealCount,
    conversion:
      s.learnedConversionRate == null ? null : Math.round(s.learnedConversionRate * 1000) / 10,
  }));
  // The axis abbreviates ("$1.3M"); the tooltip and the table give the amounts exactly.
  const money = (v: unknown) => formatMoney(Number(v), currency, true);
  const exact = (v: unknown) => formatMoney(Number(v), currency);
  // Amounts are per currency: the charts plot the pipeline's; deals in others are listed apart.
  const openTotals = sumTotals(open.map((s) => s.totals));
  const openWeighted = sumTotals(open.map((s) => s.weightedTotals));
  const otherCurrencies = currenciesOf([openTotals], currency ?? '').filter((c) => c !== currency);
  const lines = (totals: MoneyTotal[]) =>
    totals.length
      ? totals.map((t, i) => (
          <Fragment key={t.currency}>
            {i > 0 && <br />}
            {formatMoney(t.amount, t.currency, true)}
          </Fragment>
        ))
      : '—';
  const isLoading = loading && !data;
  // The weighted figures here and the forecast's expected values both use the stage rates.
  const rates = useStageRateNotice({
    view: `dashboard:${pipelineId}`,
    pipelineId,
    currency: currency ?? '',
    computedAt: stats?.pipeline.id === pipelineId ? stats.pipeline.stageRatesComputedAt : undefined,
    closedDeals: stats?.pipeline.stageRatesClosedDeals ?? 0,
    weighted: stats ? openWeighted : undefined,
    refetchWeighted: async () => {
      const [{ data: fresh }] = await Promise.all([
        refetch(),
        client.refetchQueries({ include: ['DashboardForecast'] }),
      ]);
      const stages = fresh?.pipelineStats.stages.filter((s) => s.stage.kind === 'OPEN');
      return stages && sumTotals(stages.map((s) => s.weightedTotals));
    },
  });
  return (
    <>
      <StageRateNotice notice={rates.notice} onDismiss={rates.dismiss} />
      <div className="stats" data-testid="pipeline-stats">
        <Stat
          label="Win rate"
          value={formatPercent(stats?.winRate)}
          hint={
            stats ? `${stats.wonCount} won · ${stats.lostCount} lost, last 12 months` : undefined
          }
        />
        <Stat
          label="Avg won deal"
          value={stats ? lines(stats.averageWonValues) : '—'}
          hint="Deals won in the last 12 months"
        />
        <Stat
          label="Velocity"
          value={
            stats?.medianDaysToClose != null
              ? plural(Math.round(stats.medianDaysToClose), 'day')
              : '—'
          }
          hint="Median creation → won, last 12 months"
        />
        <Stat
          label="Open pipeline"
          value={stats ? lines(totalsOrZero(openTotals, stats.pipeline.currency)) : '—'}
          hint={
            stats
              ? `${formatMoneyTotals(totalsOrZero(openWeighted, stats.pipeline.currency), true)} weighted by stage rates`
              : undefined
          }
        />
        <Stat
          label="Rotting deals"
          value={stats?.rottingCount ?? '—'}
          hint="Open deals in their stage longer than its rotting days"
        />
      </div>
      <div className="grid-2">
        <ChartPanel
          title="Pipeline value by stage"
          loading={isLoading}
          error={error}
          empty={!byStage.length}
          testId="chart-value-by-stage"
        >
          <div className="chart">
            <ResponsiveContainer>
              <BarChart data={byStage} margin={{ left: 8, right: 8, top: 8 }}>
                <CartesianGrid stroke="#e5e7eb" vertical={false} />
                <XAxis {...STAGE_AXIS} />
                <YAxis tickFormatter={money} tick={{ fontSize: 11 }} width={64} />
                <Tooltip formatter={exact} />
                <Legend formatter={legendText} />
                <Bar dataKey="total" name="Total" fill="#a5b4fc" isAnimationActive={false} />
                <Bar dataKey="weighted" name="Weighted" fill="#4338ca" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          {otherCurrencies.map((c) => (
            <p key={c}>
              In {c}, not in the chart: {formatMoney(amountIn(openTotals, c), c, true)} total ·{' '}
              {formatMoney(amountIn(openWeighted, c), c, true)} weighted
            </p>
          ))}
          <ChartTable
            caption="Open pipeline value by stage"
            rows={byStage}
            columns={[
              { label: 'Stage', value: (r) => r.name },
              { label: 'Total', value: (r) => exact(r.total), numeric: true },
              { label: 'Weighted', value: (r) => exact(r.weighted), numeric: true },
            ]}
          />
        </ChartPanel>
        <ChartPanel
          title="Open deals by stage, and how often each stage ends in a win"
          loading={isLoading}
          error={error}
          empty={!funnel.length}
          testId="chart-funnel"
        >
          <div className="chart">
            <ResponsiveContainer>
              <ComposedChart data={funnel} margin={{ left: 0, right: 8, top: 8 }}>
                <CartesianGrid stroke="#e5e7eb" vertical={false} />
                <XAxis {...STAGE_AXIS} />
                <YAxis yAxisId="deals" tick={{ fontSize: 11 }} allowDecimals={false} />
                <YAxis
                  yAxisId="rate"
                  orientation="right"
                  domain={[0, 100]}
                  unit="%"
                  tick={{ fontSize: 11 }}
                />
                <Tooltip />
                <Legend formatter={legendText} />
                <Bar
                  yAxisId="deals"
                  dataKey="deals"
                  name="Open deals"
                  fill="#60a5fa"
                  isAnimationActive={false}
                />
                <Line
                  yAxisId="rate"
                  dataKey="conversion"
                  name="Deals that passed this stage and were won (%)"
                  stroke="#15803d"
                  strokeWidth={2}
                  isAnimationActive={false}
                  connectNulls
                />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          {/* The line is what the history shows; the weighted figures use the rates blended with
              each stage's setting, which differ (a new user compared 73.1 % here with 72 %). */}
          <p className="muted" style={{ margin: '0.25rem 0 0', fontSize: '0.8rem' }}>
            The line is each stage&rsquo;s own history. The weighted totals use the stage rates:
            this history blended with the stage&rsquo;s setting (Settings &rsaquo; Pipelines).
          </p>
          <ChartTable
            caption="Open deals by stage and learned win rate"
            rows={funnel}
            columns={[
              { label: 'Stage', value: (r) => r.name },
              { label: 'Open deals', value: (r) => r.deals, numeric: true },
              {
                label: 'Won after this stage',
                value: (r) => (r.conversion == null ? 'not enough history' : `${r.conversion} %`),
                numeric: true,
              },
            ]}
          />
        </ChartPanel>
      </div>
    </>
  );
}
