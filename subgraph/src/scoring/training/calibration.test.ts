import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../evaluation/computeMetrics';
import { explainRow } from '../explanation/explainRow';
import { fitPlatt, MAX_PLATT_SLOPE } from './fitPlatt';
import { predictLogit } from '../model/predictLogit';
import { scoreRows } from '../model/scoreRows';
import { sigmoid } from '../model/sigmoid';
import { trainModel } from './trainModel';
import type { Dataset } from '../model/types';

describe('calibration that cannot run away', () => {
  it('fits a finite, bounded slope when the logits separate the classes perfectly', () => {
    const logits = Array.from({ length: 60 }, (_, i) => (i < 30 ? -0.2 - i / 100 : 0.2 + i / 100));
    const labels = logits.map((z) => (z > 0 ? 1 : 0));
    const { a, c } = fitPlatt(logits, labels);
    expect(Number.isFinite(a) && Number.isFinite(c)).toBe(true);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThanOrEqual(MAX_PLATT_SLOPE);
    for (const z of logits) {
      const p = sigmoid(a + c * z);
      expect(p).toBeGreaterThan(0.01);
      expect(p).toBeLessThan(0.99);
    }
  });

  it('matches plain Platt scaling on data that is not separable', () => {
    // logits twice too sharp: the fit halves them
    const logits: number[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const z = -4 + (8 * i) / 4000;
      logits.push(2 * z);
      labels.push((i * 0.618) % 1 < sigmoid(z) ? 1 : 0);
    }
    const { c } = fitPlatt(logits, labels);
    expect(c).toBeGreaterThan(0.4);
    expect(c).toBeLessThan(0.6);
  });

  it('never outputs a probability of exactly 0 or 1, while the logit stays exact', () => {
    expect(sigmoid(1000)).toBeLessThan(1);
    expect(sigmoid(-1000)).toBeGreaterThan(0);
    expect(sigmoid(40)).toBeLessThan(1);
    expect(sigmoid(0)).toBe(0.5);
  });

  it('trains on a perfectly separable calibration split to finite, non-degenerate probabilities', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [i % 100, (i * 37) % 11]);
    const dataset: Dataset = {
      features: [
        { name: 'x', label: 'x', kind: 'numeric' },
        { name: 'noise', label: 'noise', kind: 'numeric' },
      ],
      rows,
      labels: rows.map(([x]) => (x! >= 50 ? 1 : 0)),
    };
    const model = trainModel(dataset, { seed: 3 });
    if (model.meta.calibration)
      expect(model.meta.calibration.c).toBeLessThanOrEqual(MAX_PLATT_SLOPE);
    const p = scoreRows(model, rows);
    for (const x of p) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(1);
    }
    const metrics = computeMetrics(p, dataset.labels);
    expect(Number.isFinite(metrics.logLoss)).toBe(true);
    expect(metrics.logLoss).toBeLessThan(0.2);
    expect(metrics.auc).toBe(1);
    const e = explainRow(model, rows[0]!);
    expect(
      Math.abs(e.factors.reduce((s, f) => s + f.contribution, e.baseline) - e.logit),
    ).toBeLessThan(1e-9);
    expect(e.logit).toBe(predictLogit(model, rows[0]!));
  });
});
