import { isMissingToken } from './isMissingToken';
import type { FeatureKind } from '../model/types';

/**
 * The share of a column's non-missing cells that may fail to parse as numbers while the column is
 * still numeric: a stray "-", "?" or "1,234" among hundreds of numbers is dirty data, not a
 * category (each such cell is read as missing, and the CLI says so).
 */
export const MAX_NON_NUMERIC_SHARE = 0.05;

/**
 * Numeric when at least one non-missing value (see isMissingToken) parses as a finite number and
 * at most MAX_NON_NUMERIC_SHARE of them do not; otherwise categorical.
 */
export function inferFeatureKind(values: readonly string[]): FeatureKind {
  let numbers = 0;
  let others = 0;
  for (const v of values) {
    if (isMissingToken(v)) continue;
    if (Number.isFinite(Number(v.trim()))) numbers++;
    else others++;
  }
  return numbers > 0 && others <= MAX_NON_NUMERIC_SHARE * (numbers + others)
    ? 'numeric'
    : 'categorical';
}
