import { binCount } from '../model/binCount';
import { sigmoid } from '../model/sigmoid';
import type { Model } from '../model/types';

export type Improvement = {
  feature: string;
  label: string;
  from: string;
  to: string;
  logitChange: number;
  probability: number;
};

/**
 * The single change of one feature to another bin seen in training (never to "missing" or
 * "other") that raises the logit most, pair terms included; null when nothing raises it.
 */
export function findBestImprovement(
  model: Model,
  bins: readonly number[],
  logit: number,
  actionable?: readonly string[],
): Improvement | null {
  let best: Improvement | null = null;
  model.terms.forEach((term, j) => {
    if (actionable && !actionable.includes(term.feature.name)) return;
    const current = bins[j]!;
    const firstValueBin = term.binning.kind === 'categorical' ? 2 : 1;
    for (let b = firstValueBin; b < term.scores.length; b++) {
      if (b === current || !(term.counts[b]! > 0)) continue;
      let change = term.scores[b]! - term.scores[current]!;
      for (const pair of model.pairs) {
        const [pa, pb] = pair.features;
        if (pa !== j && pb !== j) continue;
        // Cell (x, y) of the pair's table is scores[x * nB + y]. Indexed here rather than by a
        // helper closure: made in this loop, a named closure costs a defineProperty each under
        // tsx (keepNames), a few per cent of an explained customer page (issue 11).
        const nB = binCount(model.terms[pb]!.binning);
        const scores = pair.scores;
        change +=
          pa === j
            ? scores[b * nB + bins[pb]!]! - scores[current * nB + bins[pb]!]!
            : scores[bins[pa]! * nB + b]! - scores[bins[pa]! * nB + current]!;
      }
      if (change > 1e-12 && (!best || change > best.logitChange)) {
        best = {
          feature: term.feature.name,
          label: term.feature.label,
          from: term.display[current] ?? '',
          to: term.display[b] ?? '',
          logitChange: change,
          probability: sigmoid(logit + change),
        };
      }
    }
  });
  return best;
}
