import type { FeatureKind } from '../model/types';

export type UpdateOptions = { learningRate: number; lambda: number; minSamplesLeaf: number };

/**
 * One boosting step for a main term from its per-bin gradient/hessian/count histograms:
 * a Newton step per bin for categories and for the missing bin, a histogram tree of at most
 * three leaves over the ordered bins of a number. Writes the per-bin change into `delta` and
 * returns the step's gain, Σ over its leaves of G² / (H + λ) minus the same for the whole term
 * (twice the drop of the second-order loss a full Newton step would give), as split gains are
 * measured in gradient boosting; `boostTerms` compares terms by it.
 */
export function fitMainUpdate(
  kind: FeatureKind,
  G: Float64Array,
  H: Float64Array,
  C: Float64Array,
  opts: UpdateOptions,
  delta: Float64Array,
): number {
  const { learningRate: lr, lambda } = opts;
  const nb = G.length;
  delta.fill(0);
  let totalG = 0;
  let totalH = 0;
  for (let b = 0; b < nb; b++) {
    totalG += G[b]!;
    totalH += H[b]!;
  }
  const parentScore = (totalG * totalG) / (totalH + lambda);
  if (kind === 'categorical') {
    let leaves = 0;
    for (let b = 0; b < nb; b++) {
      if (C[b]! > 0) {
        delta[b] = (-lr * G[b]!) / (H[b]! + lambda);
        leaves += (G[b]! * G[b]!) / (H[b]! + lambda);
      }
    }
    return leaves - parentScore;
  }
  let leaves = 0;
  if (C[0]! > 0) {
    delta[0] = (-lr * G[0]!) / (H[0]! + lambda);
    leaves += (G[0]! * G[0]!) / (H[0]! + lambda);
  }
  const pg = new Float64Array(nb);
  const ph = new Float64Array(nb);
  const pc = new Float64Array(nb);
  for (let b = 1; b < nb; b++) {
    pg[b] = pg[b - 1]! + G[b]!;
    ph[b] = ph[b - 1]! + H[b]!;
    pc[b] = pc[b - 1]! + C[b]!;
  }
  // prefix arrays are indexed so that the sum over bins [lo, hi) is p[hi - 1] - p[lo - 1]
  const sum = (p: Float64Array, lo: number, hi: number) => p[hi - 1]! - p[lo - 1]!;
  const score = (lo: number, hi: number) => {
    const g = sum(pg, lo, hi);
    return (g * g) / (sum(ph, lo, hi) + lambda);
  };
  const bestSplit = (lo: number, hi: number) => {
    let best = { at: -1, gain: 0 };
    const parent = score(lo, hi);
    for (let s = lo + 1; s < hi; s++) {
      if (sum(pc, lo, s) < opts.minSamplesLeaf || sum(pc, s, hi) < opts.minSamplesLeaf) continue;
      const gain = score(lo, s) + score(s, hi) - parent;
      if (gain > best.gain) best = { at: s, gain };
    }
    return best;
  };
  const cuts: number[] = [];
  const first = bestSplit(1, nb);
  if (first.at > 0) {
    cuts.push(first.at);
    const left = bestSplit(1, first.at);
    const right = bestSplit(first.at, nb);
    const second = left.gain >= right.gain ? left : right;
    if (second.at > 0) cuts.push(second.at);
    cuts.sort((a, b) => a - b);
  }
  const bounds = [1, ...cuts, nb];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const lo = bounds[k]!;
    const hi = bounds[k + 1]!;
    if (sum(pc, lo, hi) <= 0) continue;
    const value = (-lr * sum(pg, lo, hi)) / (sum(ph, lo, hi) + lambda);
    for (let b = lo; b < hi; b++) delta[b] = value;
    leaves += score(lo, hi);
  }
  return leaves - parentScore;
}
