import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useDashboardScoringQuery } from '../../../__generated__/graphql';
import { formatDate } from '../../../lib/formatDate';
import { formatPercent } from '../../../lib/formatPercent';
import { plural } from '../../../lib/plural';
import { ChartTable } from '../../../ui/ChartTable';
import {
  describeComparison,
  describeRecentLeftOut,
  describeTrainingSignals,
  importedShare,
} from '../utils/describeComparison';
import { ChartPanel } from './ChartPanel';

type Point = { predicted: number; observed: number; count: number };

/** A calibration dot's radius: its area grows with its group's leads, from 3 px to 9 px. */
function dotRadius(count: number, largest: number): number {
  return 3 + 6 * Math.sqrt(count / largest);
}

export function ScoringCharts() {
  const { data, loading, error } = useDashboardScoringQuery();
  const buckets = (data?.leadScoreDistribution ?? []).map((b) => ({
    range: `${b.from}–${b.to}`,
    count: b.count,
  }));
  const model = data?.activeScoringModel;
  const metrics = model?.metrics;
  const comparison = metrics?.comparedWith ? describeComparison(metrics.comparedWith) : null;
  const signalsText = metrics ? describeTrainingSignals(metrics) : null;
  const recentText = describeRecentLeftOut(metrics?.recentLeftOut);
  const calibration: Point[] = (metrics?.calibration ?? []).map((p) => ({
    predicted: Math.round(p.predicted * 100),
    observed: Math.round(p.observed * 1000) / 10,
    count: p.count,
  }));
  const largestGroup = Math.max(1, ...calibration.map((p) => p.count));
  const isLoading = loading && !data;
  return (
    <div className="grid-3">
      <ChartPanel
        title="Lead score distribution"
        loading={isLoading}
        error={error}
        empty={!buckets.some((b) => b.count > 0)}
        emptyText="No scored open leads"
        testId="chart-score-distribution"
      >
        <div className="chart">
          <ResponsiveContainer>
            <BarChart data={buckets} margin={{ left: -8, right: 8, top: 8 }}>
              <CartesianGrid stroke="#e5e7eb" vertical={false} />
              <XAxis dataKey="range" tick={{ fontSize: 10 }} />
              <YAxis tick={{ fontSize: 11 }} allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="count" name="Open leads" fill="#4338ca" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ChartTable
          caption="Open leads by score"
          rows={buckets}
          columns={[
            { label: 'Score', value: (b) => b.range },
            { label: 'Open leads', value: (b) => b.count.toLocaleString('en-US'), numeric: true },
          ]}
        />
      </ChartPanel>
      <ChartPanel
        title="Active scoring model"
        loading={isLoading}
        error={error}
        empty={!model}
        emptyText="No active model"
        testId="model-card"
      >
        {model && (
          <div>
            <p style={{ marginTop: 0 }}>
              <strong>
                {model.kind.toUpperCase() === 'LEARNED' ? 'Learned' : 'Prior'} model v
                {model.version}
              </strong>
              <span className="muted">
                {' '}
                · trained {formatDate(model.trainedAt)} on{' '}
                {model.trainingRows.toLocaleString('en-US')} outcomes
                {importedShare(metrics?.importedTrainingRows)}
              </span>
            </p>
            {metrics ? (
              <dl className="dl model-card">
                <dt>Ranking (ROC AUC)</dt>
                <dd data-testid="model-auc">{metrics.auc.toFixed(3)}</dd>
                <dd className="model-card__plain">
                  Picks a converting lead over a non-converting one {Math.round(metrics.auc * 100)}{' '}
                  times in 100 (50 is a coin toss).
                </dd>
                <dt>Precision (PR AUC)</dt>
                <dd>{metrics.prAuc.toFixed(3)}</dd>
                <dd className="model-card__plain">
                  How well the top of the ranking is made of leads that convert; 1 is perfect, the
                  share of converting leads (
                  {formatPercent(metrics.holdoutPositives / Math.max(1, metrics.holdoutRows))}) is
                  chance.
                </dd>
                <dt>Log loss</dt>
                <dd>{metrics.logLoss.toFixed(3)}</dd>
                <dd className="model-card__plain">
                  How far the chances were from what happened; lower is better.
                </dd>
                <dt>Calibration error</dt>
                <dd>{formatPercent(metrics.ece, 1)}</dd>
                <dd className="model-card__plain">
                  On average, a stated chance was this many points away from how often such leads
                  converted.
                </dd>
                <dt>Top-decile lift</dt>
                <dd>{metrics.lift10.toFixed(2)}×</dd>
                <dd className="model-card__plain">
                  The top 10 % by score converted {metrics.lift10.toFixed(1)} times as often as
                  leads overall.
                </dd>
                <dt>Tested on</dt>
                <dd>
                  the {metrics.holdoutRows.toLocaleString('en-US')} most recently decided leads
                  {metrics.recentLeftOut ? ' of those it could judge' : ''}, which it did not learn
                  from; {metrics.holdoutPositives.toLocaleString('en-US')} converted
                  {importedShare(metrics.importedHoldoutRows)}
                </dd>
                {recentText && (
                  <>
                    <dt>Recent leads</dt>
                    <dd data-testid="model-recent-left-out">{recentText}</dd>
                  </>
                )}
                {signalsText && (
                  <>
                    <dt>Customer signals</dt>
                    <dd data-testid="model-training-signals">{signalsText}</dd>
                  </>
                )}
                {comparison && (
                  <>
                    <dt>Compared</dt>
                    <dd data-testid="model-comparison">{comparison.figures}</dd>
                    <dd className="model-card__plain">{comparison.verdict}</dd>
                  </>
                )}
              </dl>
            ) : (
              <p className="muted">Not tested on recent leads yet (prior model).</p>
            )}
            {model.notes && <p className="muted">{model.notes}</p>}
          </div>
        )}
      </ChartPanel>
      <ChartPanel
        title="Were the chances right? (calibration)"
        loading={isLoading}
        error={error}
        empty={!calibration.length}
        emptyText="No holdout evaluation yet"
        testId="chart-calibration"
      >
        <div className="chart">
          <ResponsiveContainer>
            <LineChart data={calibration} margin={{ left: 8, right: 16, top: 16, bottom: 16 }}>
              <CartesianGrid stroke="#e5e7eb" />
              <XAxis
                dataKey="predicted"
                type="number"
                domain={[0, 100]}
                unit="%"
                tick={{ fontSize: 11 }}
                label={{
                  value: 'Chance the model gave',
                  position: 'insideBottom',
                  offset: -10,
                  fontSize: 12,
                  fill: '#374151',
                }}
              />
              <YAxis
                domain={[0, 100]}
                unit="%"
                tick={{ fontSize: 11 }}
                label={{
                  value: 'Share that converted',
                  angle: -90,
                  position: 'insideLeft',
                  offset: 4,
                  fontSize: 12,
                  fill: '#374151',
                  style: { textAnchor: 'middle' },
                }}
              />
              <Tooltip
                formatter={(v, _name, item) => [
                  `${Number(v)}% of ${plural((item.payload as { count: number }).count, 'lead')}`,
                  'Converted',
                ]}
                labelFormatter={(v) => `Model said ${Number(v)}%`}
              />
              <ReferenceLine
                segment={[
                  { x: 0, y: 0 },
                  { x: 100, y: 100 },
                ]}
                stroke="#94a3b8"
                strokeDasharray="4 3"
              />
              {/* Each group's size as its dot's area: written as "n=325" beside each point, the
                  counts of the crowded low chances ran into each other and into the line. */}
              <Line
                dataKey="observed"
                stroke="#c2410c"
                strokeWidth={2}
                isAnimationActive={false}
                dot={(props: { cx?: number; cy?: number; index?: number; payload?: Point }) => (
                  <circle
                    key={props.index}
                    className="calibration-dot"
                    cx={props.cx}
                    cy={props.cy}
                    r={dotRadius(props.payload?.count ?? 0, largestGroup)}
                    fill="#fff"
                    stroke="#c2410c"
                    strokeWidth={2}
                  />
                )}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <p className="muted chart-note">
          Each point is a group of test leads, bigger the more leads it holds (the table gives each
          count); on the dashed line, the chances were exactly right.
        </p>
        <ChartTable
          caption="Calibration on the test leads"
          rows={calibration}
          columns={[
            { label: 'Chance given', value: (p) => `${p.predicted} %`, numeric: true },
            { label: 'Converted', value: (p) => `${p.observed} %`, numeric: true },
            { label: 'Leads', value: (p) => p.count.toLocaleString('en-US'), numeric: true },
          ]}
        />
      </ChartPanel>
    </div>
  );
}
