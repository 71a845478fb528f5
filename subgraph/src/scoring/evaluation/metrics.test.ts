import { describe, expect, it } from 'vitest';
import { averagePrecision } from './averagePrecision';
import { calibrationCurve } from './calibrationCurve';
import { expectedCalibrationError } from './expectedCalibrationError';
import { logLoss } from './logLoss';
import { rocAuc } from './rocAuc';
import { topDecileLift } from './topDecileLift';

describe('metrics', () => {
  it('ROC AUC counts ordered pairs and half-credits ties', () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75, 12);
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBeCloseTo(0.5, 12);
    // pairs (pos, neg): (0.5 vs 0.5) tie = 0.5, (0.5 vs 0.2) = 1, (0.9 vs both) = 2 → 3.5 / 4
    expect(rocAuc([0.5, 0.5, 0.2, 0.9], [1, 0, 0, 1])).toBeCloseTo(0.875, 12);
    expect(Number.isNaN(rocAuc([0.1, 0.2], [1, 1]))).toBe(true);
  });

  it('average precision matches the hand computation (and sklearn)', () => {
    // sklearn: average_precision_score([0,0,1,1],[0.1,0.4,0.35,0.8]) = 0.8333…
    expect(averagePrecision([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(5 / 6, 12);
    // all tied: precision = base rate
    expect(averagePrecision([0.3, 0.3, 0.3, 0.3], [1, 0, 0, 0])).toBeCloseTo(0.25, 12);
  });

  it('log loss is the mean negative log-likelihood, clipped', () => {
    expect(logLoss([0.8, 0.3], [1, 0])).toBeCloseTo(-(Math.log(0.8) + Math.log(0.7)) / 2, 12);
    expect(Number.isFinite(logLoss([0, 1], [1, 0]))).toBe(true);
  });

  it('ECE weights each equal-width bin by its share of rows', () => {
    // bin [0.1,0.2): p 0.15, 0.15 labels 0,1 → |0.15-0.5| = 0.35 with weight 1/2
    // bin [0.9,1]: p 0.95, 1.0 labels 1,1 → |0.975-1| = 0.025 with weight 1/2
    expect(expectedCalibrationError([0.15, 0.15, 0.95, 1], [0, 1, 1, 1])).toBeCloseTo(0.1875, 12);
    const curve = calibrationCurve([0.15, 0.15, 0.95, 1], [0, 1, 1, 1]);
    expect(curve).toHaveLength(2);
    expect(curve[1]).toMatchObject({
      count: 2,
      meanPredicted: 0.975,
      fractionPositive: 1,
      binStart: 0.9,
    });
  });

  it('top-decile lift compares the top 10% positive rate to the base rate', () => {
    const scores = Array.from({ length: 20 }, (_, i) => i);
    const labels = scores.map((s) => (s >= 18 || s === 3 || s === 5 ? 1 : 0)); // base 4/20
    expect(topDecileLift(scores, labels)).toBeCloseTo(1 / 0.2, 12);
  });
});
