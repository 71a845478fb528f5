import { addTable } from './addTable';
import { binCount } from './binCount';
import { sigmoid } from './sigmoid';
import type { BinnedColumns, Model } from './types';

/**
 * Probabilities for pre-binned rows (see `binColumns`), column by column. Adds terms in the
 * same order as `predictLogit`, so results are identical to scoring row by row.
 */
export function scoreBinned(model: Model, { rowCount, columns }: BinnedColumns): Float64Array {
  const z = new Float64Array(rowCount).fill(model.intercept);
  model.terms.forEach((term, j) => addTable(z, columns[j]!, Float64Array.from(term.scores)));
  for (const pair of model.pairs) {
    const [a, b] = pair.features;
    const nB = binCount(model.terms[b]!.binning);
    const colA = columns[a]!;
    const colB = columns[b]!;
    const scores = Float64Array.from(pair.scores);
    for (let i = 0; i < rowCount; i++) z[i]! += scores[colA[i]! * nB + colB[i]!]!;
  }
  for (let i = 0; i < rowCount; i++) z[i] = sigmoid(z[i]!);
  return z;
}
