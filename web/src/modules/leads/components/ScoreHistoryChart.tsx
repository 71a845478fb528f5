import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { LeadPageQuery } from '../../../__generated__/graphql';
import { formatDate } from '../../../lib/formatDate';
import { plural } from '../../../lib/plural';
import { EmptyState } from '../../../ui/EmptyState';
import { ChartTable } from '../../../ui/ChartTable';

type Snapshot = NonNullable<LeadPageQuery['lead']>['scoreHistory'][number];

export function ScoreHistoryChart({ history }: { history: readonly Snapshot[] }) {
  if (!history.length) return <EmptyState title="No score history yet" />;
  const data = [...history]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((s) => ({
      at: formatDate(s.createdAt),
      score: s.score,
      model: s.modelVersion,
      factors: s.factors,
    }));
  const last = data.at(-1);
  const summary = `Score over time: ${plural(data.length, 'score')} from ${data[0]?.at} to ${last?.at}, now ${last?.score}.`;
  return (
    <>
      <div className="chart" data-testid="score-history" role="img" aria-label={summary}>
        <ResponsiveContainer>
          <LineChart data={data} margin={{ left: -12, right: 12, top: 8 }}>
            <CartesianGrid stroke="#e5e7eb" />
            <XAxis dataKey="at" tick={{ fontSize: 11 }} />
            <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} />
            <Tooltip content={<SnapshotTooltip />} />
            <Line
              type="monotone"
              dataKey="score"
              stroke="#4338ca"
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartTable
        caption="Score history"
        rows={data}
        columns={[
          { label: 'Date', value: (p) => p.at },
          { label: 'Score', value: (p) => p.score, numeric: true },
          { label: 'Model', value: (p) => `v${p.model}` },
        ]}
      />
    </>
  );
}

type Point = { at: string; score: number; model: string; factors: Snapshot['factors'] };

/** A point of the history: its score, the model that gave it, and what drove it then. */
function SnapshotTooltip({
  active,
  payload,
}: {
  active?: boolean;
  payload?: { payload: Point }[];
}) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip" data-testid="score-history-tooltip">
      <strong>
        {point.score} on {point.at}
      </strong>
      <span className="muted"> · model v{point.model}</span>
      <ul>
        {point.factors.map((f) => (
          <li key={f.label}>
            {f.label} {f.value}: {f.contribution >= 0 ? '+' : '−'}
            {Math.abs(f.contribution).toFixed(2)}
          </li>
        ))}
      </ul>
    </div>
  );
}
