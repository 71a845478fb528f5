import { binCount } from './binCount';
import type { Model, PairTerm } from './types';

/** Index into a pair's score table for the given main-term bins. */
export function pairCell(model: Model, pair: PairTerm, bins: ArrayLike<number>): number {
  const [a, b] = pair.features;
  return bins[a]! * binCount(model.terms[b]!.binning) + bins[b]!;
}
