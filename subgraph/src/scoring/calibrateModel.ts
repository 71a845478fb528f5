import { fitPlatt } from './fitPlatt';
import { predictLogit } from './predictLogit';
import type { Dataset, Model } from './types';

/**
 * Platt-scales a model on a dataset and folds the scaling into the intercept and every table
 * (logit' = a + c * logit), so the model stays additive and explanations stay exact.
 */
export function calibrateModel(model: Model, dataset: Dataset): Model {
  const { a, c } = fitPlatt(
    dataset.rows.map((row) => predictLogit(model, row)),
    dataset.labels,
  );
  const previous = model.meta.calibration ?? { a: 0, c: 1 };
  return {
    ...model,
    intercept: a + c * model.intercept,
    terms: model.terms.map((t) => ({ ...t, scores: t.scores.map((s) => c * s) })),
    pairs: model.pairs.map((p) => ({ ...p, scores: p.scores.map((s) => c * s) })),
    meta: { ...model.meta, calibration: { a: a + c * previous.a, c: c * previous.c } },
  };
}
