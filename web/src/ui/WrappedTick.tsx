import { wrapLabel } from './wrapLabel';

/**
 * A category axis tick whose label wraps at spaces (recharts' own wrapping drops them from the
 * text); `x`, `y` and `payload` come from recharts.
 */
export function WrappedTick({
  x,
  y,
  payload,
  width,
  fontSize,
  fill,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: string | number };
  /** Characters per line. */
  width: number;
  fontSize: number;
  fill: string;
}) {
  const lines = wrapLabel(String(payload?.value ?? ''), width);
  const lineHeight = fontSize * 1.2;
  return (
    <text
      x={x}
      y={y}
      textAnchor="end"
      fontSize={fontSize}
      fill={fill}
      dy={-((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} dx={-4} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
