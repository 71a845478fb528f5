import { binRow } from './binRow';
import { logitOfBins } from './logitOfBins';
import type { Model, RawValue } from './types';

/** intercept + every main and pair contribution, summed in model order. */
export function predictLogit(model: Model, row: readonly RawValue[]): number {
  return logitOfBins(model, binRow(model, row));
}
