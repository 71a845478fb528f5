import { binRow } from './binRow';
import { pairCell } from './pairCell';
import type { Model, RawValue } from './types';

/** intercept + every main and pair contribution, summed in model order. */
export function predictLogit(model: Model, row: readonly RawValue[]): number {
  const bins = binRow(model, row);
  let z = model.intercept;
  model.terms.forEach((term, j) => (z += term.scores[bins[j]!]!));
  for (const pair of model.pairs) z += pair.scores[pairCell(model, pair, bins)]!;
  return z;
}
