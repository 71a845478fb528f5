import { binCount } from '../model/binCount';
import { binValue } from '../model/binValue';
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
 * A feature someone can change, and how: `increase` (a count: only to a higher bin of a number),
 * or `set` to one value (the days since the last contact: only to 0, by making contact now).
 */
export type Actionable =
  { name: string; change: 'increase' } | { name: string; change: 'set'; value: number };

/**
 * The single change of one feature to another bin seen in training (never to "missing" or
 * "other") that raises the logit most, pair terms included; null when nothing raises it. With
 * `actionable`, only those features, and only the changes each allows: a rep cannot un-make a
 * call or move the last contact into the past.
 */
export function findBestImprovement(
  model: Model,
  bins: readonly number[],
  logit: number,
  actionable?: readonly Actionable[],
): Improvement | null {
  let best: Improvement | null = null;
  model.terms.forEach((term, j) => {
    const allowed = actionable?.find((a) => a.name === term.feature.name);
    if (actionable && !allowed) return;
    const current = bins[j]!;
    const firstValueBin = term.binning.kind === 'categorical' ? 2 : 1;
    const target = allowed?.change === 'set' ? binValue(term.binning, allowed.value) : null;
    // A count only grows: bins above the current one (from a missing count, any).
    const lowest =
      allowed?.change === 'increase' && term.binning.kind === 'numeric' && current > 0
        ? current + 1
        : firstValueBin;
    for (let b = lowest; b < term.scores.length; b++) {
      if (b === current || !(term.counts[b]! > 0) || (target !== null && b !== target)) continue;
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
