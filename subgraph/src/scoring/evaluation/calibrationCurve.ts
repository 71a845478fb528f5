export type CalibrationPoint = {
  binStart: number;
  binEnd: number;
  count: number;
  meanPredicted: number;
  fractionPositive: number;
};

/** Reliability diagram points: equal-width probability bins (empty bins left out). */
export function calibrationCurve(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  bins = 10,
): CalibrationPoint[] {
  const count = new Float64Array(bins);
  const predicted = new Float64Array(bins);
  const positive = new Float64Array(bins);
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i]!;
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p * bins)));
    count[b]! += 1;
    predicted[b]! += p;
    positive[b]! += labels[i] === 1 ? 1 : 0;
  }
  const points: CalibrationPoint[] = [];
  for (let b = 0; b < bins; b++) {
    if (count[b] === 0) continue;
    points.push({
      binStart: b / bins,
      binEnd: (b + 1) / bins,
      count: count[b]!,
      meanPredicted: predicted[b]! / count[b]!,
      fractionPositive: positive[b]! / count[b]!,
    });
  }
  return points;
}
