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
import { EmptyState } from '../../../ui/EmptyState';

type Snapshot = NonNullable<LeadPageQuery['lead']>['scoreHistory'][number];

export function ScoreHistoryChart({ history }: { history: readonly Snapshot[] }) {
  if (!history.length) return <EmptyState title="No score history yet" />;
  const data = [...history]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((s) => ({ at: formatDate(s.createdAt), score: s.score, model: s.modelVersion }));
  return (
    <div className="chart" data-testid="score-history" role="img" aria-label="Score over time">
      <ResponsiveContainer>
        <LineChart data={data} margin={{ left: -12, right: 12, top: 8 }}>
          <CartesianGrid stroke="#e5e7eb" />
          <XAxis dataKey="at" tick={{ fontSize: 11 }} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} />
          <Tooltip />
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
  );
}
