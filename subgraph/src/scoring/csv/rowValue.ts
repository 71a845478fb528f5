import { isMissingToken } from './isMissingToken';
import type { FeatureKind, RawValue } from '../model/types';

/** A CSV cell as a raw feature value: empty, NA and the like mean missing; numeric columns become numbers. */
export function rowValue(kind: FeatureKind, cell: string): RawValue {
  if (isMissingToken(cell)) return null;
  const s = cell.trim();
  if (kind === 'categorical') return s;
  const x = Number(s);
  return Number.isFinite(x) ? x : null;
}
