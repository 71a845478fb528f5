import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import type { ScoreFactor_FactorFragment } from '../../../__generated__/graphql';
import { WrappedTick } from '../../../ui/WrappedTick';
import { factorName } from '../utils/describeFactor';

/**
 * Diverging bars, one per factor in the order of the list beside it: raising the score to the
 * right, lowering it to the left. The list carries the words; the chart is hidden from screen
 * readers, which read the same factors there.
 */
export function FactorChart({
  factors,
  axisLabel = '← lowers the score · raises the score →',
}: {
  factors: readonly ScoreFactor_FactorFragment[];
  /** What the bars move, under the axis (a deal's chance to win, ADR 039). */
  axisLabel?: string;
}) {
  const data = factors.map((f) => ({
    key: f.feature,
    name: factorName(f),
    contribution: Number(f.contribution.toFixed(3)),
  }));
  const height = Math.max(124, data.length * 36 + 20);
  return (
    <div data-testid="factor-chart" aria-hidden="true">
      <div style={{ width: '100%', height }}>
        <ResponsiveContainer>
          <BarChart
            data={data}
            layout="vertical"
            accessibilityLayer={false}
            margin={{ left: 4, right: 16, top: 4, bottom: 0 }}
          >
            <CartesianGrid horizontal={false} stroke="#e5e7eb" />
            <XAxis type="number" tick={false} height={4} />
            <YAxis
              type="category"
              dataKey="name"
              width={190}
              tick={({ x, y, payload }: YAxisTickContentProps) => (
                <WrappedTick
                  x={x}
                  y={y}
                  payload={payload}
                  width={30}
                  fontSize={11}
                  fill="#374151"
                />
              )}
              interval={0}
            />
            <ReferenceLine x={0} stroke="#6b7280" />
            <Bar dataKey="contribution" isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.key} fill={d.contribution >= 0 ? '#15803d' : '#c0262d'} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      {/* Text, not an SVG label: it wraps on a phone instead of running past the chart's edge. */}
      <p style={{ margin: '2px 0 8px', textAlign: 'center', fontSize: 12, color: '#4b5563' }}>
        {axisLabel}
      </p>
    </div>
  );
}
