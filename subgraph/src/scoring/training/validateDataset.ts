import type { Dataset } from '../model/types';

/** Throws a message saying what to fix when a dataset can't be trained on. */
export function validateDataset(dataset: Dataset): void {
  const { features, rows, labels } = dataset;
  if (features.length === 0) throw new Error('dataset has no features');
  if (features.length > 255) throw new Error('at most 255 features are supported');
  const names = new Set(features.map((f) => f.name));
  if (names.size !== features.length) throw new Error('feature names must be unique');
  if (rows.length !== labels.length) {
    throw new Error(`rows (${rows.length}) and labels (${labels.length}) differ in length`);
  }
  let positives = 0;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]!.length !== features.length) {
      throw new Error(`row ${i} has ${rows[i]!.length} values, expected ${features.length}`);
    }
    const y = labels[i];
    if (y !== 0 && y !== 1) throw new Error(`label ${i} is ${String(y)}, expected 0 or 1`);
    positives += y;
  }
  if (positives === 0 || positives === rows.length) {
    throw new Error('labels need both classes (some 0 and some 1)');
  }
}
