import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ScoreFactor_FactorFragment } from '../../../__generated__/graphql';

/** Diverging bars: each factor's contribution to the logit, positives right, negatives left. */
export function FactorChart({ factors }: { factors: readonly ScoreFactor_FactorFragment[] }) {
  const data = factors.map((f) => ({
    name: f.value != null ? `${f.label}: ${f.value}` : f.label,
    contribution: Number(f.contribution.toFixed(3)),
  }));
  const height = Math.max(160, data.length * 30 + 40);
  return (
    <div
      style={{ width: '100%', height }}
      data-testid="factor-chart"
      role="img"
      aria-label="Contribution of each factor to the score"
    >
      <ResponsiveContainer>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24, top: 4, bottom: 4 }}>
          <CartesianGrid horizontal={false} stroke="#e5e7eb" />
          <XAxis
            type="number"
            tick={{ fontSize: 11 }}
            tickFormatter={(v: number) => (v > 0 ? `+${v}` : String(v))}
          />
          <YAxis type="category" dataKey="name" width={210} tick={{ fontSize: 12 }} interval={0} />
          <ReferenceLine x={0} stroke="#6b7280" />
          <Tooltip
            formatter={(v) => [
              `${Number(v) > 0 ? '+' : ''}${Number(v)} on the logit scale`,
              'Contribution',
            ]}
          />
          <Bar dataKey="contribution" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.name} fill={d.contribution >= 0 ? '#15803d' : '#c0262d'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
