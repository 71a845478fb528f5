import { binCount } from './binCount';
import type { Model } from './types';

/**
 * A model's contributions as typed arrays laid out for `scoreBinned`: every table is a view into
 * one Float64Array (one allocation, contiguous in cache, and one element kind whatever the JSON
 * held, so the scoring loops stay monomorphic), and each pair's operands are plain integers.
 *
 * The intercept is folded into the first main term's table: the row sum starts
 * `intercept + scores0[bin]`, and that addition gives the same double whether it is done here,
 * once per bin, or in the row loop, once per row. Scores are therefore bit-for-bit unchanged.
 */
export type ScoringTables = {
  /** The logit of every row when the model has no main terms; otherwise already in `mains[0]`. */
  intercept: number;
  /** Contribution per bin of each main term, in model order (the first one plus the intercept). */
  mains: Float64Array[];
  /** Contribution per cell (binA * stride + binB) of each pair, in model order. */
  pairs: Float64Array[];
  pairA: Int32Array;
  pairB: Int32Array;
  /** The bin count of each pair's second feature: the row length of its table. */
  pairStride: Int32Array;
};

export function scoringTables(model: Model): ScoringTables {
  const sizes = [
    ...model.terms.map((t) => t.scores.length),
    ...model.pairs.map((p) => p.scores.length),
  ];
  const all = new Float64Array(sizes.reduce((s, n) => s + n, 0));
  let offset = 0;
  const view = (scores: readonly number[]): Float64Array => {
    const table = all.subarray(offset, offset + scores.length);
    table.set(scores);
    offset += scores.length;
    return table;
  };
  const mains = model.terms.map((t) => view(t.scores));
  const first = mains[0];
  if (first) for (let k = 0; k < first.length; k++) first[k] = model.intercept + first[k]!;
  return {
    intercept: model.intercept,
    mains,
    pairs: model.pairs.map((p) => view(p.scores)),
    pairA: Int32Array.from(model.pairs, (p) => p.features[0]),
    pairB: Int32Array.from(model.pairs, (p) => p.features[1]),
    pairStride: Int32Array.from(model.pairs, (p) => binCount(model.terms[p.features[1]]!.binning)),
  };
}
