import { expectedCalibrationError } from '../../subgraph/src/scoring/evaluation/expectedCalibrationError';
import { createRng } from '../../subgraph/src/scoring/training/createRng';

/**
 * The ECE that a perfectly calibrated model giving these probabilities would show on this many
 * rows: labels drawn from the probabilities themselves (seeded), ECE averaged over the draws. ECE
 * over 10 bins on a test fold of a few hundred or thousand rows is mostly sampling noise; a measured
 * ECE at this floor cannot be lowered by any calibration, only by more test rows.
 */
export function eceFloor(probabilities: ArrayLike<number>, draws = 50, seed = 1): number {
  const rng = createRng(seed);
  const labels = new Uint8Array(probabilities.length);
  let sum = 0;
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < labels.length; i++) labels[i] = rng() < probabilities[i]! ? 1 : 0;
    sum += expectedCalibrationError(probabilities, labels);
  }
  return sum / draws;
}
