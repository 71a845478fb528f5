import { boostMains, type BoostOptions, type Split, type TrainingData } from './boostMains';
import { boostPairs } from './boostPairs';
import { fitLinear, type LinearInputs } from './fitLinear';

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
    }
  | { kind: 'linear'; data: TrainingData; split: Split; inputs: LinearInputs };

export type MainsFit = ReturnType<typeof boostMains>;
export type PairsFit = ReturnType<typeof boostPairs>;
export type LinearFit = ReturnType<typeof fitLinear>;
export type BagResult = MainsFit | PairsFit | LinearFit;

export function runBagJob(job: BagJob): BagResult {
  switch (job.kind) {
    case 'mains':
      return boostMains(job.data, job.split, job.opts);
    case 'pairs':
      return boostPairs(job.data, job.split, job.pairs, job.logits, job.opts);
    case 'linear':
      return fitLinear(job.data, job.split, job.inputs);
  }
}
