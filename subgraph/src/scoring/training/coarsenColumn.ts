import type { FeatureKind } from '../model/types';

/** A binned column regrouped into at most `maxBins` bins, with the map from each old bin. */
export type CoarseColumn = { column: Uint8Array; bins: number; of: Uint8Array };

/**
 * Fewer bins for pair terms (as EBM bins interactions more coarsely than main effects): a 2-D
 * table of 64 × 64 cells is mostly noise at a few thousand rows per cell, and slow to boost.
 * Numbers: the missing bin stays bin 0 and adjacent value bins merge evenly. Categories:
 * missing and "other" stay, the most frequent categories (the lowest bins) keep their own bin
 * and the rest join "other".
 */
export function coarsenColumn(
  column: Uint8Array,
  binCount: number,
  kind: FeatureKind,
  maxBins: number,
): CoarseColumn {
  const of = new Uint8Array(binCount);
  if (kind === 'categorical') {
    for (let b = 0; b < binCount; b++) of[b] = b < maxBins ? b : 1;
  } else {
    const valueBins = binCount - 1;
    const target = Math.min(valueBins, maxBins - 1);
    for (let b = 1; b < binCount; b++) of[b] = 1 + Math.floor(((b - 1) * target) / valueBins);
  }
  const out = new Uint8Array(column.length);
  for (let i = 0; i < column.length; i++) out[i] = of[column[i]!]!;
  return { column: out, bins: Math.min(binCount, maxBins), of };
}

/** A pair table over coarse bins, spread back over the features' own bins (scores[a * nB + b]). */
export function expandPairTable(
  table: Float64Array,
  a: CoarseColumn,
  b: CoarseColumn,
): Float64Array {
  const nA = a.of.length;
  const nB = b.of.length;
  const out = new Float64Array(nA * nB);
  for (let i = 0; i < nA; i++) {
    for (let j = 0; j < nB; j++) out[i * nB + j] = table[a.of[i]! * b.bins + b.of[j]!]!;
  }
  return out;
}
