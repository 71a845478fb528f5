import { binRow } from '../model/binRow';
import { findBestImprovement, type Actionable, type Improvement } from './findBestImprovement';
import { formatValue } from './formatValue';
import { logitOfBins } from '../model/logitOfBins';
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

export type ExplainOptions = { top?: number; actionable?: readonly Actionable[] };

/** Exact additive explanation of one row (values in the model's feature order). */
export function explainRow(model: Model, row: readonly RawValue[], options: ExplainOptions = {}) {
  const bins = binRow(model, row);
  return explain(model, bins, (j) => formatValue(model.terms[j]!.feature.kind, row[j]), options);
}

/**
 * Exact explanation of a score computed earlier from `bins` (one per feature). A feature's value
 * is shown from `row` (the row as it is now) while it still falls in the scored bin, else as the
 * scored bin's range: the explanation is always of the bins, never of a later value.
 */
export function explainBins(
  model: Model,
  bins: ArrayLike<number>,
  row: readonly RawValue[],
  options: ExplainOptions = {},
): Explanation {
  if (bins.length !== model.terms.length) {
    throw new Error(`${bins.length} bins given, the model has ${model.terms.length} features`);
  }
  const now = binRow(model, row);
  const scored = Array.from(bins);
  return explain(
    model,
    scored,
    (j) =>
      now[j] === scored[j]
        ? formatValue(model.terms[j]!.feature.kind, row[j])
        : (model.terms[j]!.display[scored[j]!] ?? ''),
    options,
  );
}

function explain(
  model: Model,
  bins: number[],
  valueText: (j: number) => string,
  { top = 3, actionable }: ExplainOptions,
): Explanation {
  const factors = termFactors(model, bins, valueText);
  // summed in model order, as scoring does (not in the factors' order): the same logit bit for bit
  const logit = logitOfBins(model, bins);
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
