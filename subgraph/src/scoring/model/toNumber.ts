import { isMissing } from './isMissing';
import type { RawValue } from './types';

/** A numeric feature value, or NaN when missing or not a number. */
export function toNumber(value: RawValue): number {
  if (isMissing(value)) return NaN;
  if (typeof value === 'number') return value;
  const x = Number(value.trim());
  return Number.isNaN(x) ? NaN : x;
}
