import { binRow } from '../model/binRow';
import { findBestImprovement, type Improvement } from './findBestImprovement';
import { formatValue } from './formatValue';
import { sigmoid } from '../model/sigmoid';
import { termFactors, type Factor } from './termFactors';
import type { Model, RawValue } from '../model/types';

export type { Factor };

export type Explanation = {
  /** The intercept: the logit of an average row. */
  baseline: number;
  /** baseline + Σ factor contributions, exactly. */
  logit: number;
  probability: number;
  /** Every main and pair term, largest |contribution| first. */
  factors: Factor[];
  topPositive: Factor[];
  topNegative: Factor[];
  bestImprovement: Improvement | null;
};

export type ExplainOptions = { top?: number; actionable?: readonly string[] };

/** Exact additive explanation of one row (values in the model's feature order). */
export function explainRow(
  model: Model,
  row: readonly RawValue[],
  { top = 3, actionable }: ExplainOptions = {},
): Explanation {
  const bins = binRow(model, row);
  const factors = termFactors(model, bins, (j) =>
    formatValue(model.terms[j]!.feature.kind, row[j]),
  );
  let logit = model.intercept;
  for (const f of factors) logit += f.contribution;
  return {
    baseline: model.intercept,
    logit,
    probability: sigmoid(logit),
    factors,
    topPositive: factors.filter((f) => f.contribution > 0).slice(0, top),
    topNegative: factors.filter((f) => f.contribution < 0).slice(0, top),
    bestImprovement: findBestImprovement(model, bins, logit, actionable),
  };
}
