import { boostTerms } from './boostTerms';
import type { BoostOptions, Split, TrainingData } from './boostMains';
import { fitSortedPairUpdate, pairLayout, pairScratch } from './fitPairUpdate';
import { gather } from './gather';
import { pairColumn } from '../model/pairColumn';

/** Stage 2: pair tables boosted on the residual of the stage-1 logits (one per row of the data). */
export function boostPairs(
  data: TrainingData,
  split: Split,
  pairs: [number, number][],
  logits: Float64Array,
  opts: BoostOptions,
) {
  return boostTerms({
    terms: pairs.map(([a, b]) => {
      const layout = pairLayout(data.binCounts, data.kinds, a, b);
      const { nA, nB } = layout;
      const cells = pairColumn(data.columns[a]!, data.columns[b]!, nB);
      const scratch = pairScratch(layout);
      return {
        cells: nA * nB,
        train: gather(cells, split.train),
        validation: gather(cells, split.validation),
        fit: (G, H, C, delta) => fitSortedPairUpdate(layout, G, H, C, opts, delta, scratch),
      };
    }),
    trainLogits: Float64Array.from(gather64(logits, split.train)),
    trainLabels: Uint8Array.from(gather(data.labels, split.train)),
    validationLogits: gather64(logits, split.validation),
    validationLabels: Uint8Array.from(gather(data.labels, split.validation)),
    maxRounds: opts.maxRounds,
    patience: opts.patience,
  });
}

function gather64(values: Float64Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]!]!;
  return out;
}
