import { pairCell } from '../model/pairCell';
import type { Model } from '../model/types';

export type Factor = { feature: string; label: string; value: string; contribution: number };

/**
 * Every term's contribution for one row given its main-term bins, largest |contribution| first;
 * `valueText(j)` is the shown value of feature j. The intercept plus these is the row's logit.
 */
export function termFactors(
  model: Model,
  bins: ArrayLike<number>,
  valueText: (j: number) => string,
): Factor[] {
  const factors: Factor[] = model.terms.map((term, j) => ({
    feature: term.feature.name,
    label: term.feature.label,
    value: valueText(j),
    contribution: term.scores[bins[j]!]!,
  }));
  for (const pair of model.pairs) {
    const [a, b] = pair.features.map((k) => model.terms[k]!);
    factors.push({
      feature: `${a!.feature.name} × ${b!.feature.name}`,
      label: `${a!.feature.label} × ${b!.feature.label}`,
      value: `${valueText(pair.features[0])}, ${valueText(pair.features[1])}`,
      contribution: pair.scores[pairCell(model, pair, bins)]!,
    });
  }
  return factors.sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution));
}

/** The factors of a row known only by its bins (a score snapshot): values shown as bin ranges. */
export function binFactors(model: Model, bins: ArrayLike<number>): Factor[] {
  if (bins.length !== model.terms.length) {
    throw new Error(`${bins.length} bins given, the model has ${model.terms.length} features`);
  }
  return termFactors(model, bins, (j) => model.terms[j]!.display[bins[j]!] ?? '');
}
