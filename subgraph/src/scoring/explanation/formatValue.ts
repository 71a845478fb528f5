import { formatNumber } from '../model/formatNumber';
import { isMissing } from '../model/isMissing';
import { toNumber } from '../model/toNumber';
import type { FeatureKind, RawValue } from '../model/types';

/** Display text of a raw value, e.g. "82", "Month-to-month", "missing". */
export function formatValue(kind: FeatureKind, value: RawValue): string {
  if (isMissing(value)) return 'missing';
  if (kind === 'categorical') return String(value).trim();
  const x = toNumber(value);
  return Number.isNaN(x) ? 'missing' : formatNumber(x);
}
