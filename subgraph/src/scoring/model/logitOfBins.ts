import { pairCell } from './pairCell';
import type { Model } from './types';

/**
 * A row's logit from its main-term bins: the intercept, then every main term and every pair in
 * model order. Scoring and explanations both sum in this one order, so an explanation's logit is
 * the scored logit bit for bit (a sum in another order, e.g. by size of contribution, can differ
 * in the last bit).
 */
export function logitOfBins(model: Model, bins: ArrayLike<number>): number {
  let z = model.intercept;
  model.terms.forEach((term, j) => (z += term.scores[bins[j]!]!));
  for (const pair of model.pairs) z += pair.scores[pairCell(model, pair, bins)]!;
  return z;
}
