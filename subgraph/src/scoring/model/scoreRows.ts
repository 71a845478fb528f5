import { binColumns } from './binColumns';
import { scoreBinned } from './scoreBinned';
import type { Model, RawValue } from './types';

/** Probabilities for many rows (values in the model's feature order). */
export function scoreRows(model: Model, rows: readonly RawValue[][]): Float64Array {
  rows.forEach((row, i) => {
    if (row.length !== model.terms.length) {
      throw new Error(`row ${i} has ${row.length} values, the model expects ${model.terms.length}`);
    }
  });
  return scoreBinned(
    model,
    binColumns(
      model.terms.map((t) => t.binning),
      rows,
    ),
  );
}
