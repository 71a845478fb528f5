import { boostTerms } from './boostTerms';
import { fitMainUpdate, type UpdateOptions } from './fitMainUpdate';
import { gather } from './gather';
import type { FeatureKind } from '../model/types';

export type TrainingData = {
  columns: Uint8Array[];
  binCounts: number[];
  kinds: FeatureKind[];
  labels: Uint8Array;
};

export type Split = { train: Int32Array; validation: Int32Array };

export type BoostOptions = UpdateOptions & {
  maxRounds: number;
  patience: number;
  /** For main terms only (see `boostTerms`); pairs are boosted in plain cyclic rounds. */
  minGainShare: number;
};

/** Stage 1: an intercept and one shape table per feature, boosted on one train/validation split. */
export function boostMains(data: TrainingData, split: Split, opts: BoostOptions) {
  const trainLabels = Uint8Array.from(gather(data.labels, split.train));
  let positives = 0;
  for (let i = 0; i < trainLabels.length; i++) positives += trainLabels[i]!;
  const rate = Math.min(Math.max(positives / Math.max(trainLabels.length, 1), 1e-6), 1 - 1e-6);
  const intercept = Math.log(rate / (1 - rate));
  const result = boostTerms({
    terms: data.columns.map((column, j) => ({
      cells: data.binCounts[j]!,
      train: gather(column, split.train),
      validation: gather(column, split.validation),
      fit: (G, H, C, delta) => fitMainUpdate(data.kinds[j]!, G, H, C, opts, delta),
    })),
    trainLogits: new Float64Array(split.train.length).fill(intercept),
    trainLabels,
    validationLogits: new Float64Array(split.validation.length).fill(intercept),
    validationLabels: Uint8Array.from(gather(data.labels, split.validation)),
    maxRounds: opts.maxRounds,
    patience: opts.patience,
    minGainShare: opts.minGainShare,
  });
  return { intercept, ...result };
}
