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
import { ChartPanel } from './ChartPanel';

export function ScoringCharts() {
  const { data, loading, error } = useDashboardScoringQuery();
  const buckets = (data?.leadScoreDistribution ?? []).map((b) => ({
    range: `${b.from}–${b.to}`,
    count: b.count,
  }));
  const model = data?.activeScoringModel;
  const metrics = model?.metrics;
  const calibration = (metrics?.calibration ?? []).map((p) => ({
    predicted: Math.round(p.predicted * 100),
    observed: Math.round(p.observed * 1000) / 10,
    count: p.count,
  }));
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
              </span>
            </p>
            {metrics ? (
              <dl className="dl">
                <dt>ROC AUC</dt>
                <dd data-testid="model-auc">{metrics.auc.toFixed(3)}</dd>
                <dt>PR AUC</dt>
                <dd>{metrics.prAuc.toFixed(3)}</dd>
                <dt>Log loss</dt>
                <dd>{metrics.logLoss.toFixed(3)}</dd>
                <dt>Calibration error</dt>
                <dd>{metrics.ece.toFixed(3)}</dd>
                <dt>Top-decile lift</dt>
                <dd>
                  {metrics.lift10.toFixed(2)}×{' '}
                  <span className="muted">
                    (the top 10% by score convert {metrics.lift10.toFixed(1)}× as often as average)
                  </span>
                </dd>
                <dt>Holdout</dt>
                <dd>
                  {metrics.holdoutRows.toLocaleString('en-US')} latest leads,{' '}
                  {metrics.holdoutPositives} converted
                </dd>
              </dl>
            ) : (
              <p className="muted">Not evaluated on a holdout yet (prior model).</p>
            )}
            {model.notes && <p className="muted">{model.notes}</p>}
          </div>
        )}
      </ChartPanel>
      <ChartPanel
        title="Calibration (holdout)"
        loading={isLoading}
        error={error}
        empty={!calibration.length}
        emptyText="No holdout evaluation yet"
        testId="chart-calibration"
      >
        <div className="chart">
          <ResponsiveContainer>
            <LineChart data={calibration} margin={{ left: -8, right: 12, top: 8 }}>
              <CartesianGrid stroke="#e5e7eb" />
              <XAxis
                dataKey="predicted"
                type="number"
                domain={[0, 100]}
                unit="%"
                tick={{ fontSize: 11 }}
              />
              <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
              <Tooltip
                formatter={(v) => [`${Number(v)}%`, 'Observed']}
                labelFormatter={(v) => `Predicted ${Number(v)}%`}
              />
              <ReferenceLine
                segment={[
                  { x: 0, y: 0 },
                  { x: 100, y: 100 },
                ]}
                stroke="#94a3b8"
                strokeDasharray="4 3"
              />
              <Line dataKey="observed" stroke="#c2410c" strokeWidth={2} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </ChartPanel>
    </div>
  );
}
