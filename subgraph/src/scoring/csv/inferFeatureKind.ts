import { isMissingToken } from './isMissingToken';
import type { FeatureKind } from '../model/types';

/** Numeric when every non-missing value (see isMissingToken) parses as a finite number (and at least one does). */
export function inferFeatureKind(values: readonly string[]): FeatureKind {
  let seen = 0;
  for (const v of values) {
    if (isMissingToken(v)) continue;
    if (!Number.isFinite(Number(v.trim()))) return 'categorical';
    seen++;
  }
  return seen > 0 ? 'numeric' : 'categorical';
}
