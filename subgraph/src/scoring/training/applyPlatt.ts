import type { Model } from '../model/types';

/**
 * Folds Platt scaling (logit' = a + c * logit) into the intercept and every table, so the model
 * stays additive and explanations stay exact. Scalings compose with one already applied.
 */
export function applyPlatt(model: Model, { a, c }: { a: number; c: number }): Model {
  const previous = model.meta.calibration ?? { a: 0, c: 1 };
  return {
    ...model,
    intercept: a + c * model.intercept,
    terms: model.terms.map((t) => ({ ...t, scores: t.scores.map((s) => c * s) })),
    pairs: model.pairs.map((p) => ({ ...p, scores: p.scores.map((s) => c * s) })),
    meta: { ...model.meta, calibration: { a: a + c * previous.a, c: c * previous.c } },
  };
}
