import { formatNumber } from '../model/formatNumber';
import { binner, numericBin } from '../model/binValue';
import { isMissing } from '../model/isMissing';
import { toNumber } from '../model/toNumber';
import type { Binning, FeatureSpec, RawValue } from '../model/types';

export type BinningOptions = {
  /** Most value bins for a numeric feature (excluding the missing bin). */
  maxBins?: number;
  /** Categories seen fewer times than this fall into "other". */
  minCategoryCount?: number;
};

const MAX_CATEGORIES = 254; // keeps every bin index within a Uint8Array
const DEFAULT_MAX_BINS = 64;

/**
 * Fits the bins of one feature on training values: quantile cuts for numbers (each distinct
 * value gets its own bin when there are few), frequent categories for strings; plus display
 * text per bin.
 */
export function fitBinning(
  spec: FeatureSpec,
  values: readonly RawValue[],
  { maxBins = DEFAULT_MAX_BINS, minCategoryCount = 5 }: BinningOptions = {},
): { binning: Binning; display: string[] } {
  return spec.kind === 'numeric'
    ? fitNumeric(numbers(values), Math.min(maxBins, 255))
    : fitCategorical(values, minCategoryCount);
}

/**
 * `fitBinning` of feature `j` of `rows`, plus the bin of every row: what training needs. Numbers
 * are converted once for both.
 */
export function fitBinnedColumn(
  spec: FeatureSpec,
  rows: readonly (readonly RawValue[])[],
  j: number,
  options: BinningOptions = {},
): { binning: Binning; display: string[]; column: Uint8Array } {
  const column = new Uint8Array(rows.length);
  if (spec.kind === 'categorical') {
    const fitted = fitBinning(
      spec,
      rows.map((row) => row[j]),
      options,
    );
    const bin = binner(fitted.binning);
    for (let i = 0; i < rows.length; i++) column[i] = bin(rows[i]![j]);
    return { ...fitted, column };
  }
  const xs = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) xs[i] = toNumber(rows[i]![j]);
  const fitted = fitNumeric(xs, Math.min(options.maxBins ?? DEFAULT_MAX_BINS, 255));
  const { edges } = fitted.binning;
  for (let i = 0; i < xs.length; i++) column[i] = numericBin(xs[i]!, edges);
  return { ...fitted, column };
}

/** Each value as a number (NaN when missing or not a number). */
function numbers(values: readonly RawValue[]): Float64Array {
  return Float64Array.from(values, toNumber);
}

function fitNumeric(xs: Float64Array, maxBins: number) {
  // a typed array sorts numerically, with NaN (missing) last
  const all = Float64Array.from(xs).sort();
  let n = all.length;
  while (n > 0 && Number.isNaN(all[n - 1]!)) n--;
  const sorted = all.subarray(0, n);
  const edges: number[] = [];
  const distinct: number[] = [];
  for (let i = 0; i < n && distinct.length <= maxBins; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]!);
  }
  if (distinct.length <= maxBins) {
    for (let i = 1; i < distinct.length; i++) edges.push((distinct[i - 1]! + distinct[i]!) / 2);
  }
  for (let q = 1; distinct.length > maxBins && q < maxBins && n > 0; q++) {
    let k = Math.floor((q * n) / maxBins);
    while (k < n && k > 0 && sorted[k] === sorted[k - 1]) k++;
    if (k <= 0 || k >= n) continue;
    const edge = (sorted[k - 1]! + sorted[k]!) / 2;
    if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
  }
  const display = ['missing'];
  let start = 0;
  for (let b = 0; b <= edges.length; b++) {
    const upper = b < edges.length ? edges[b]! : Infinity;
    let end = start;
    while (end < n && sorted[end]! < upper) end++;
    display.push(rangeText(sorted, start, end, edges, b));
    start = end;
  }
  return { binning: { kind: 'numeric' as const, edges }, display };
}

function rangeText(sorted: Float64Array, start: number, end: number, edges: number[], b: number) {
  if (end > start) {
    const lo = sorted[start]!;
    const hi = sorted[end - 1]!;
    return lo === hi ? formatNumber(lo) : `${formatNumber(lo)}–${formatNumber(hi)}`;
  }
  if (b === 0) return `< ${formatNumber(edges[0] ?? 0)}`;
  if (b === edges.length) return `≥ ${formatNumber(edges[b - 1]!)}`;
  return `${formatNumber(edges[b - 1]!)}–${formatNumber(edges[b]!)}`;
}

function fitCategorical(values: readonly RawValue[], minCount: number) {
  const counts = new Map<string, number>();
  for (const v of values) {
    if (isMissing(v)) continue;
    const key = String(v).trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const categories = [...counts]
    .filter(([, c]) => c >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_CATEGORIES)
    .map(([c]) => c);
  return {
    binning: { kind: 'categorical' as const, categories },
    display: ['missing', 'other', ...categories],
  };
}
