import { binValue } from './binValue';
import type { Model, RawValue } from './types';

/** The bin of each main term for one row (values in the model's feature order). */
export function binRow(model: Model, row: readonly RawValue[]): number[] {
  if (row.length !== model.terms.length) {
    throw new Error(`row has ${row.length} values, the model expects ${model.terms.length}`);
  }
  return model.terms.map((term, j) => binValue(term.binning, row[j]));
}
