import { createRng } from '../training/createRng';

/** An estimate with its percentile bootstrap interval. */
export type Interval = { estimate: number; low: number; high: number };

export type PairedComparison = {
  /** AUC of the candidate − AUC of the incumbent, on the same rows. */
  aucDifference: Interval;
  /** Log loss of the candidate − log loss of the incumbent (negative is better). */
  logLossDifference: Interval;
  resamples: number;
  /** The interval's coverage, e.g. 0.9 for the 5th to 95th percentile. */
  level: number;
};

export type PairedBootstrapOptions = { resamples?: number; level?: number; seed?: number };

const clip = (p: number) => Math.min(Math.max(p, 1e-15), 1 - 1e-15);

/**
 * Paired, stratified bootstrap of the differences in AUC and log loss between two models scored
 * on the same rows: each resample draws the positives and the negatives with replacement (so each
 * holds the holdout's class counts and its AUC is defined) and evaluates both models on the same
 * draw, so the rows' shared difficulty cancels. Deterministic given the seed.
 *
 * Each model's rows are sorted once; a resample is then a weighted pass in O(n): the AUC is the
 * weighted share of (positive, negative) pairs in the right order, ties counting one half.
 */
export function pairedBootstrap(
  candidate: ArrayLike<number>,
  incumbent: ArrayLike<number>,
  labels: ArrayLike<number>,
  { resamples = 1000, level = 0.9, seed = 1 }: PairedBootstrapOptions = {},
): PairedComparison {
  const n = labels.length;
  if (candidate.length !== n || incumbent.length !== n) {
    throw new Error('pairedBootstrap: both models must score the same rows as the labels');
  }
  const positives: number[] = [];
  const negatives: number[] = [];
  for (let i = 0; i < n; i++) (labels[i] === 1 ? positives : negatives).push(i);
  const nan = { estimate: NaN, low: NaN, high: NaN };
  if (!positives.length || !negatives.length) {
    return { aucDifference: nan, logLossDifference: nan, resamples: 0, level };
  }
  const sortedC = sortedRows(candidate);
  const sortedI = sortedRows(incumbent);
  const lossDiff = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const [c, m] = [clip(candidate[i]!), clip(incumbent[i]!)];
    lossDiff[i] = labels[i] === 1 ? Math.log(m) - Math.log(c) : Math.log(1 - m) - Math.log(1 - c);
  }

  const weights = new Float64Array(n).fill(1);
  const statistic = () => ({
    auc:
      weightedAuc(sortedC, candidate, labels, weights) -
      weightedAuc(sortedI, incumbent, labels, weights),
    loss: weightedMean(lossDiff, weights),
  });
  const observed = statistic();
  const random = createRng(seed);
  const aucs = new Float64Array(resamples);
  const losses = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    weights.fill(0);
    for (const group of [positives, negatives]) {
      for (let k = 0; k < group.length; k++) {
        weights[group[Math.floor(random() * group.length)]!]! += 1;
      }
    }
    const s = statistic();
    aucs[r] = s.auc;
    losses[r] = s.loss;
  }
  const interval = (estimate: number, draws: Float64Array): Interval => {
    draws.sort();
    const tail = (1 - level) / 2;
    return {
      estimate,
      low: quantile(draws, tail),
      high: quantile(draws, 1 - tail),
    };
  };
  return {
    aucDifference: interval(observed.auc, aucs),
    logLossDifference: interval(observed.loss, losses),
    resamples,
    level,
  };
}

function sortedRows(scores: ArrayLike<number>): Uint32Array {
  const order = Uint32Array.from({ length: scores.length }, (_, i) => i);
  return order.sort((a, b) => scores[a]! - scores[b]!);
}

/** Weighted Mann–Whitney AUC over rows in ascending score order; tied scores count one half. */
function weightedAuc(
  order: Uint32Array,
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  weights: Float64Array,
): number {
  let negativesBelow = 0;
  let pairs = 0;
  let positives = 0;
  for (let start = 0; start < order.length;) {
    let end = start;
    let groupPositives = 0;
    let groupNegatives = 0;
    while (end < order.length && scores[order[end]!] === scores[order[start]!]) {
      const i = order[end]!;
      if (labels[i] === 1) groupPositives += weights[i]!;
      else groupNegatives += weights[i]!;
      end++;
    }
    pairs += groupPositives * (negativesBelow + groupNegatives / 2);
    positives += groupPositives;
    negativesBelow += groupNegatives;
    start = end;
  }
  return pairs / (positives * negativesBelow);
}

function weightedMean(values: Float64Array, weights: Float64Array): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i]! * weights[i]!;
    total += weights[i]!;
  }
  return sum / total;
}

/** Linear interpolation between order statistics (numpy's default). */
function quantile(sorted: Float64Array, q: number): number {
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
