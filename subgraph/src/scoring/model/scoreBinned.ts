import { scoringTables, type ScoringTables } from './scoringTables';
import { sigmoid } from './sigmoid';
import type { BinnedColumns, Model } from './types';

/**
 * Probabilities for pre-binned rows (see `binColumns`). Each row's logit is the intercept plus
 * every main term then every pair, added left to right in model order, exactly as `predictLogit`
 * adds them, so results are bit-for-bit those of scoring row by row (explanations rely on it:
 * baseline + contributions = logit).
 *
 * Terms are added column by column, several per pass over the rows: `a + b + c + d + e` in
 * JavaScript is `(((a + b) + c) + d) + e`, the same order as one term per pass, with a fraction of
 * the loads and stores of the logits (ADR 043 has the figures).
 */
export function scoreBinned(model: Model, { rowCount, columns }: BinnedColumns): Float64Array {
  const tables = scoringTables(model);
  const out = new Float64Array(rowCount);
  sumMains(out, tables, columns);
  addPairs(out, tables, columns);
  for (let i = 0; i < rowCount; i++) out[i] = sigmoid(out[i]!);
  return out;
}

/** out[i] = intercept + every main term, four terms per pass. */
function sumMains(
  out: Float64Array,
  { intercept, mains }: ScoringTables,
  columns: readonly Uint8Array[],
): void {
  const n = out.length;
  const m = mains.length;
  if (m === 0) {
    out.fill(intercept);
    return;
  }
  // The first pass writes (the intercept is already in mains[0]); the others add.
  let j: number;
  const t0 = mains[0]!;
  const c0 = columns[0]!;
  if (m >= 4) {
    const [t1, t2, t3] = [mains[1]!, mains[2]!, mains[3]!];
    const [c1, c2, c3] = [columns[1]!, columns[2]!, columns[3]!];
    for (let i = 0; i < n; i++) out[i] = t0[c0[i]!]! + t1[c1[i]!]! + t2[c2[i]!]! + t3[c3[i]!]!;
    j = 4;
  } else {
    for (let i = 0; i < n; i++) out[i] = t0[c0[i]!]!;
    j = 1;
  }
  for (; j + 4 <= m; j += 4) {
    const [t1, t2, t3, t4] = [mains[j]!, mains[j + 1]!, mains[j + 2]!, mains[j + 3]!];
    const [c1, c2, c3, c4] = [columns[j]!, columns[j + 1]!, columns[j + 2]!, columns[j + 3]!];
    for (let i = 0; i < n; i++) {
      out[i] = out[i]! + t1[c1[i]!]! + t2[c2[i]!]! + t3[c3[i]!]! + t4[c4[i]!]!;
    }
  }
  for (; j < m; j++) {
    const t = mains[j]!;
    const c = columns[j]!;
    for (let i = 0; i < n; i++) out[i]! += t[c[i]!]!;
  }
}

/**
 * out[i] += every pair's cell (binA * stride + binB), two pairs per pass. A pass over all rows
 * keeps its two tables (up to 2 × 66 × 66 × 8 bytes) in cache for the whole column; passes over
 * blocks of rows reloaded every table once per block, which lost against one pair per whole
 * column with 64 pairs.
 */
function addPairs(
  out: Float64Array,
  { pairs, pairA, pairB, pairStride }: ScoringTables,
  columns: readonly Uint8Array[],
): void {
  const n = out.length;
  let p = 0;
  for (; p + 2 <= pairs.length; p += 2) {
    const [t1, a1, b1, s1] = [pairs[p]!, columns[pairA[p]!]!, columns[pairB[p]!]!, pairStride[p]!];
    const q = p + 1;
    const [t2, a2, b2, s2] = [pairs[q]!, columns[pairA[q]!]!, columns[pairB[q]!]!, pairStride[q]!];
    for (let i = 0; i < n; i++) {
      out[i] = out[i]! + t1[a1[i]! * s1 + b1[i]!]! + t2[a2[i]! * s2 + b2[i]!]!;
    }
  }
  for (; p < pairs.length; p++) {
    const t = pairs[p]!;
    const a = columns[pairA[p]!]!;
    const b = columns[pairB[p]!]!;
    const stride = pairStride[p]!;
    for (let i = 0; i < n; i++) out[i]! += t[a[i]! * stride + b[i]!]!;
  }
}
