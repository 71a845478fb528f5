import { calibrationCurve, type CalibrationPoint } from './calibrationCurve';
import { computeMetrics } from './computeMetrics';
import { scoreRows } from '../model/scoreRows';
import type { Dataset, Metrics, Model } from '../model/types';

/** A model's metrics on a dataset (e.g. the time-ordered holdout), with a calibration curve. */
export function evaluate(
  model: Model,
  dataset: Dataset,
): Metrics & { calibration: CalibrationPoint[] } {
  const expected = model.terms.map((t) => t.feature.name).join(',');
  const given = dataset.features.map((f) => f.name).join(',');
  if (expected !== given)
    throw new Error(`dataset features (${given}) differ from the model's (${expected})`);
  return measure(scoreRows(model, dataset.rows), dataset.labels);
}

/** The metrics and calibration curve of probabilities already computed for `labels`. */
export function measure(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
): Metrics & { calibration: CalibrationPoint[] } {
  return {
    ...computeMetrics(probabilities, labels),
    calibration: calibrationCurve(probabilities, labels),
  };
}
