import { fitSortedPairUpdate, pairLayout } from './fitPairUpdate';
import type { FeatureKind } from '../model/types';
import type { UpdateOptions } from './fitMainUpdate';
import { sigmoid } from '../model/sigmoid';

export type PairCandidate = { features: [number, number]; gain: number };

/**
 * FAST-style interaction detection: for every pair of features, the gain of the best
 * four-leaf pair tree fitted to the residuals of the current (main-effects) logits.
 * Returns the pairs with positive gain, best first.
 */
export function rankPairs(
  columns: Uint8Array[],
  binCounts: number[],
  kinds: FeatureKind[],
  logits: Float64Array,
  labels: Uint8Array,
  opts: UpdateOptions,
): PairCandidate[] {
  const n = logits.length;
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = sigmoid(logits[i]!);
    g[i] = p - labels[i]!;
    h[i] = p * (1 - p);
  }
  const ranked: PairCandidate[] = [];
  for (let a = 0; a < columns.length; a++) {
    for (let b = a + 1; b < columns.length; b++) {
      const nA = binCounts[a]!;
      const nB = binCounts[b]!;
      const G = new Float64Array(nA * nB);
      const H = new Float64Array(nA * nB);
      const C = new Float64Array(nA * nB);
      const colA = columns[a]!;
      const colB = columns[b]!;
      for (let i = 0; i < n; i++) {
        const cell = colA[i]! * nB + colB[i]!;
        G[cell]! += g[i]!;
        H[cell]! += h[i]!;
        C[cell]! += 1;
      }
      const gain = fitSortedPairUpdate(pairLayout(binCounts, kinds, a, b), G, H, C, opts);
      if (gain > 0) ranked.push({ features: [a, b], gain });
    }
  }
  return ranked.sort((x, y) => y.gain - x.gain || x.features[0] - y.features[0]);
}
