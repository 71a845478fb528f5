export type CalibrationPoint = { predicted: number; observed: number; count: number };

/**
 * The holdout's calibration bin closest to a probability: how often leads the model scored like
 * this one actually converted, and how many there were, so a "85 % chance" is shown beside what
 * happened to its neighbours. Null when the model has no holdout evaluation or the bin is empty.
 */
export function similarLeads(
  probability: number,
  calibration: readonly CalibrationPoint[] | null | undefined,
): CalibrationPoint | null {
  let best: CalibrationPoint | null = null;
  for (const point of calibration ?? []) {
    if (point.count <= 0) continue;
    if (!best || Math.abs(point.predicted - probability) < Math.abs(best.predicted - probability))
      best = point;
  }
  return best;
}
