import { binCount } from '../binCount';
import type { BinnedColumns, Model } from '../types';

export type SnapshotFactor = { feature: string; value: string; contribution: number };

/** The `top` largest contributions (by size) of pre-binned row `i`, for score snapshots. */
export function topFactors(
  model: Model,
  binned: BinnedColumns,
  i: number,
  top = 5,
): SnapshotFactor[] {
  const factors: SnapshotFactor[] = model.terms.map((term, j) => {
    const bin = binned.columns[j]![i]!;
    return {
      feature: term.feature.name,
      value: term.display[bin] ?? '',
      contribution: term.scores[bin]!,
    };
  });
  for (const pair of model.pairs) {
    const [a, b] = pair.features;
    const binA = binned.columns[a]![i]!;
    const binB = binned.columns[b]![i]!;
    const [ta, tb] = [model.terms[a]!, model.terms[b]!];
    factors.push({
      feature: `${ta.feature.name} × ${tb.feature.name}`,
      value: `${ta.display[binA]}, ${tb.display[binB]}`,
      contribution: pair.scores[binA * binCount(tb.binning) + binB]!,
    });
  }
  return factors
    .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution))
    .slice(0, top)
    .map((f) => ({ ...f, contribution: Math.round(f.contribution * 1e4) / 1e4 }));
}
