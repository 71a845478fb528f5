import { computeMetrics } from './computeMetrics';
import { scoreRows } from '../model/scoreRows';
import { stratifiedKFold } from './stratifiedKFold';
import type { TrainOptions } from '../training/trainModel';
import { trainModelInThreads, type ThreadOptions } from '../training/trainModelInThreads';
import type { Dataset, Metrics } from '../model/types';

export type CrossValidation = Pick<Metrics, 'auc' | 'prAuc' | 'logLoss' | 'ece' | 'lift10'> & {
  folds: Metrics[];
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
    folds.push(computeMetrics(scoreRows(model, test.rows), test.labels));
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
  };
}
