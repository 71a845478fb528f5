import { predictLogit } from './predictLogit';
import { sigmoid } from './sigmoid';
import type { Model, RawValue } from './types';

export function predictProbability(model: Model, row: readonly RawValue[]): number {
  return sigmoid(predictLogit(model, row));
}
