import type { FeatureKind } from './types';

/** Numeric when every non-empty value parses as a finite number (and at least one does). */
export function inferFeatureKind(values: readonly string[]): FeatureKind {
  let seen = 0;
  for (const v of values) {
    const s = v.trim();
    if (s === '') continue;
    if (!Number.isFinite(Number(s))) return 'categorical';
    seen++;
  }
  return seen > 0 ? 'numeric' : 'categorical';
}
