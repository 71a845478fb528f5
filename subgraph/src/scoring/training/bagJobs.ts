import { boostMains, type BoostOptions, type Split, type TrainingData } from './boostMains';
import { boostPairs } from './boostPairs';

/**
 * One bag's share of an ensemble's training, as plain data: what a worker thread receives
 * (structured clone) and what `runBagJob` computes the same way on any thread. A bag's result
 * depends only on its job, so the ensemble is the same whichever thread ran which bag.
 */
export type BagJob =
  | { kind: 'mains'; data: TrainingData; split: Split; opts: BoostOptions }
  | {
      kind: 'pairs';
      data: TrainingData;
      split: Split;
      pairs: [number, number][];
      logits: Float64Array;
      opts: BoostOptions;
    };

export type MainsFit = ReturnType<typeof boostMains>;
export type PairsFit = ReturnType<typeof boostPairs>;
export type BagResult = MainsFit | PairsFit;

export function runBagJob(job: BagJob): BagResult {
  return job.kind === 'mains'
    ? boostMains(job.data, job.split, job.opts)
    : boostPairs(job.data, job.split, job.pairs, job.logits, job.opts);
}
