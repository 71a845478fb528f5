import { isMissing } from './isMissing';
import { toNumber } from './toNumber';
import type { Binning, RawValue } from './types';

const categoryIndex = new WeakMap<Binning, Map<string, number>>();

function lookup(binning: Extract<Binning, { kind: 'categorical' }>): Map<string, number> {
  let index = categoryIndex.get(binning);
  if (!index) {
    index = new Map(binning.categories.map((c, i) => [c, i + 2]));
    categoryIndex.set(binning, index);
  }
  return index;
}

/** The bin of one raw value (see `Binning` for the layout). */
export function binValue(binning: Binning, value: RawValue): number {
  return binner(binning)(value);
}

/** `binValue` for one binning, set up once for a whole column of values. */
export function binner(binning: Binning): (value: RawValue) => number {
  if (binning.kind === 'categorical') {
    const index = lookup(binning);
    return (value) => (isMissing(value) ? 0 : (index.get(String(value).trim()) ?? 1));
  }
  const { edges } = binning;
  return (value) => numericBin(toNumber(value), edges);
}

/** The bin of a number (NaN: the missing bin 0) among sorted edges: 1 + the edges ≤ x. */
export function numericBin(x: number, edges: readonly number[]): number {
  if (Number.isNaN(x)) return 0;
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x >= edges[mid]!) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}
