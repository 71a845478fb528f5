import type { Dataset } from '../model/types';

/**
 * Splits a dataset whose rows are sorted oldest first: the latest `fraction` of rows is the
 * holdout, everything before it the training set. Never shuffles, so no future leaks into
 * training.
 */
export function timeOrderedHoldout(
  dataset: Dataset,
  fraction = 0.2,
): { train: Dataset; holdout: Dataset } {
  if (!(fraction > 0 && fraction < 1))
    throw new Error(`holdout fraction must be in (0, 1), got ${fraction}`);
  const n = dataset.rows.length;
  const cut = n - Math.max(1, Math.round(n * fraction));
  const labels = Array.from(dataset.labels);
  return {
    train: {
      features: dataset.features,
      rows: dataset.rows.slice(0, cut),
      labels: labels.slice(0, cut),
    },
    holdout: {
      features: dataset.features,
      rows: dataset.rows.slice(cut),
      labels: labels.slice(cut),
    },
  };
}
