import { calibrationCurve } from './calibrationCurve';

/** ECE: Σ (bin share) · |mean predicted − fraction positive| over 10 equal-width bins. */
export function expectedCalibrationError(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
): number {
  const n = probabilities.length;
  return calibrationCurve(probabilities, labels, 10).reduce(
    (sum, pt) => sum + (pt.count / n) * Math.abs(pt.meanPredicted - pt.fractionPositive),
    0,
  );
}
