import { computeMetrics } from './computeMetrics';
import { scoreRows } from '../model/scoreRows';
import { stratifiedKFold } from './stratifiedKFold';
import type { TrainOptions } from '../training/trainModel';
import { trainModelInThreads, type ThreadOptions } from '../training/trainModelInThreads';
import type { Dataset, Metrics } from '../model/types';

/**
 * The unweighted means of the test folds' figures, each fold's, and the same figures over every
 * row's out-of-fold probability pooled (every row once: less sampling noise in ECE on small folds).
 */
export type CrossValidation = Pick<Metrics, 'auc' | 'prAuc' | 'logLoss' | 'ece' | 'lift10'> & {
  folds: Metrics[];
  pooled: Metrics;
};

/**
 * Stratified k-fold cross-validation; the fold assignment (0..k-1 per row) can be given, to share
 * it with peers; then k is its largest number + 1.
 */
export async function crossValidate(
  dataset: Dataset,
  {
    folds: k = 5,
    assignment,
    ...options
  }: TrainOptions & { folds?: number; assignment?: Uint8Array } = {},
  threads: ThreadOptions = {},
): Promise<CrossValidation> {
  const fold = assignment ?? stratifiedKFold(dataset.labels, k, options.seed ?? 1);
  if (assignment) {
    if (assignment.length !== dataset.rows.length)
      throw new Error(`${assignment.length} fold numbers for ${dataset.rows.length} rows`);
    k = Math.max(...assignment) + 1;
  }
  const folds: Metrics[] = [];
  const pooled = { p: [] as number[], y: [] as number[] };
  for (let f = 0; f < k; f++) {
    const pick = (inFold: boolean) => {
      const idx = [...fold.keys()].filter((i) => (fold[i] === f) === inFold);
      return {
        features: dataset.features,
        rows: idx.map((i) => dataset.rows[i]!),
        labels: idx.map((i) => dataset.labels[i]!),
      };
    };
    const test = pick(true);
    const model = await trainModelInThreads(pick(false), options, threads);
    const p = scoreRows(model, test.rows);
    folds.push(computeMetrics(p, test.labels));
    // One at a time: a spread of a large fold would pass more arguments than a call takes.
    for (const x of p) pooled.p.push(x);
    for (const y of test.labels) pooled.y.push(y);
  }
  const mean = (key: 'auc' | 'prAuc' | 'logLoss' | 'ece' | 'lift10') =>
    folds.reduce((s, m) => s + m[key], 0) / k;
  return {
    auc: mean('auc'),
    prAuc: mean('prAuc'),
    logLoss: mean('logLoss'),
    ece: mean('ece'),
    lift10: mean('lift10'),
    folds,
    pooled: computeMetrics(pooled.p, pooled.y),
  };
}
