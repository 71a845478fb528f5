import type { FeatureKind, RawValue } from './types';

/** A CSV cell as a raw feature value: empty means missing; numeric columns become numbers. */
export function rowValue(kind: FeatureKind, cell: string): RawValue {
  const s = cell.trim();
  if (s === '') return null;
  if (kind === 'categorical') return s;
  const x = Number(s);
  return Number.isFinite(x) ? x : null;
}
