import { describe, expect, it } from 'vitest';
import { createRng } from '../training/createRng';
import { logLoss } from './logLoss';
import { modelBeats } from './modelBeats';
import { pairedBootstrap, type PairedComparison } from './pairedBootstrap';
import { rocAuc } from './rocAuc';

/** n rows whose true chance of 1 is `truth`; a model sees the truth through `noise`. */
function holdout(n: number, seed: number) {
  const random = createRng(seed);
  const truth = Array.from({ length: n }, () => random());
  const labels = truth.map((p) => (random() < p ? 1 : 0));
  const model = (noise: number) =>
    truth.map((p) => Math.min(0.99, Math.max(0.01, p + noise * (random() - 0.5))));
  return { labels, model };
}

const comparison = (
  auc: [number, number, number],
  loss: [number, number, number],
): PairedComparison => ({
  aucDifference: { estimate: auc[0], low: auc[1], high: auc[2] },
  logLossDifference: { estimate: loss[0], low: loss[1], high: loss[2] },
  resamples: 1000,
  level: 0.9,
});

describe('pairedBootstrap', () => {
  it('estimates exactly the differences in AUC and log loss on the rows as given', () => {
    const { labels, model } = holdout(400, 3);
    const [a, b] = [model(0.4), model(1.2)];
    const result = pairedBootstrap(a, b, labels, { resamples: 200 });
    expect(result.aucDifference.estimate).toBeCloseTo(rocAuc(a, labels) - rocAuc(b, labels), 12);
    expect(result.logLossDifference.estimate).toBeCloseTo(
      logLoss(a, labels) - logLoss(b, labels),
      12,
    );
    expect(result.aucDifference.low).toBeLessThanOrEqual(result.aucDifference.estimate);
    expect(result.aucDifference.high).toBeGreaterThanOrEqual(result.aucDifference.estimate);
  });

  it('counts tied scores as one half, like rocAuc', () => {
    const labels = [0, 1, 0, 1, 1, 0];
    const tied = [0.5, 0.5, 0.2, 0.9, 0.5, 0.5];
    const result = pairedBootstrap(tied, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], labels, {
      resamples: 10,
    });
    expect(result.aucDifference.estimate).toBeCloseTo(
      rocAuc(tied, labels) - rocAuc([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], labels),
      12,
    );
  });

  it('finds no difference between a model and itself, and is deterministic given the seed', () => {
    const { labels, model } = holdout(300, 5);
    const a = model(0.5);
    const same = pairedBootstrap(a, a, labels, { resamples: 100 });
    expect(same.aucDifference).toEqual({ estimate: 0, low: 0, high: 0 });
    expect(same.logLossDifference).toEqual({ estimate: 0, low: 0, high: 0 });
    const b = model(1);
    expect(pairedBootstrap(a, b, labels, { seed: 7 })).toEqual(
      pairedBootstrap(a, b, labels, { seed: 7 }),
    );
  });

  it('tells a clearly better model from chance on a large holdout but not on a tiny one', () => {
    const big = holdout(3000, 11);
    const clear = pairedBootstrap(big.model(0.1), big.model(1.5), big.labels);
    expect(clear.aucDifference.low).toBeGreaterThan(0);
    expect(modelBeats(clear).beats).toBe(true);

    const tiny = holdout(12, 13);
    const noisy = pairedBootstrap(tiny.model(0.3), tiny.model(0.6), tiny.labels);
    expect(noisy.aucDifference.low).toBeLessThanOrEqual(0);
    expect(modelBeats(noisy)).toMatchObject({ beats: false, reason: /beyond chance/ });
  });

  it('returns undefined differences when the holdout has one class only', () => {
    const result = pairedBootstrap([0.2, 0.4], [0.3, 0.1], [1, 1]);
    expect(Number.isNaN(result.aucDifference.estimate)).toBe(true);
    expect(modelBeats(result).beats).toBe(false);
  });
});

describe('modelBeats on a paired comparison', () => {
  it('activates on a ranking gain beyond chance whose probabilities are not worse beyond the tolerance', () => {
    expect(modelBeats(comparison([0.02, 0.005, 0.035], [0.002, -0.01, 0.01])).beats).toBe(true);
    expect(modelBeats(comparison([0.02, 0.005, 0.035], [0.05, 0.03, 0.07]))).toMatchObject({
      beats: false,
      reason: expect.stringMatching(/log loss worse/),
    });
  });

  it('activates on better probabilities beyond chance with a ranking at least as good', () => {
    expect(modelBeats(comparison([0, -0.01, 0.01], [-0.03, -0.05, -0.01])).beats).toBe(true);
    expect(modelBeats(comparison([-0.002, -0.01, 0.01], [-0.03, -0.05, -0.01])).beats).toBe(false);
  });

  it('keeps the active model when the gain is within the noise', () => {
    expect(modelBeats(comparison([0.01, -0.004, 0.024], [-0.01, -0.02, 0.001]))).toMatchObject({
      beats: false,
      reason: expect.stringMatching(/no improvement beyond chance/),
    });
  });
});
