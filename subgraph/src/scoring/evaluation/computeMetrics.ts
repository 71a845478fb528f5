import { averagePrecision } from './averagePrecision';
import { expectedCalibrationError } from './expectedCalibrationError';
import { logLoss } from './logLoss';
import { rocAuc } from './rocAuc';
import { topDecileLift } from './topDecileLift';
import type { Metrics } from '../model/types';

export function computeMetrics(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
): Metrics {
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i] === 1 ? 1 : 0;
  return {
    n: labels.length,
    positives,
    auc: rocAuc(probabilities, labels),
    prAuc: averagePrecision(probabilities, labels),
    logLoss: logLoss(probabilities, labels),
    ece: expectedCalibrationError(probabilities, labels),
    lift10: topDecileLift(probabilities, labels),
  };
}
