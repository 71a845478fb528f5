import { binRow } from './binRow';
import { findBestImprovement, type Improvement } from './findBestImprovement';
import { formatValue } from './formatValue';
import { pairCell } from './pairCell';
import { sigmoid } from './sigmoid';
import type { Model, RawValue } from './types';

export type Factor = { feature: string; label: string; value: string; contribution: number };

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
  const factors: Factor[] = model.terms.map((term, j) => ({
    feature: term.feature.name,
    label: term.feature.label,
    value: formatValue(term.feature.kind, row[j]),
    contribution: term.scores[bins[j]!]!,
  }));
  for (const pair of model.pairs) {
    const [a, b] = pair.features.map((k) => model.terms[k]!);
    const [va, vb] = pair.features.map((k) => formatValue(model.terms[k]!.feature.kind, row[k]));
    factors.push({
      feature: `${a!.feature.name} × ${b!.feature.name}`,
      label: `${a!.feature.label} × ${b!.feature.label}`,
      value: `${va}, ${vb}`,
      contribution: pair.scores[pairCell(model, pair, bins)]!,
    });
  }
  let logit = model.intercept;
  for (const f of factors) logit += f.contribution;
  factors.sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution));
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
