import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { explainRow } from '../explanation/explainRow';
import { predictLogit } from '../model/predictLogit';
import { scoreRows } from '../model/scoreRows';
import { serializeModel } from '../model/serializeModel';
import { parseModel } from '../model/parseModel';
import type { Dataset, RawValue } from '../model/types';
import { createRng } from './createRng';
import { fitBinnedColumn } from './fitBinning';
import { fitLinear, LINEAR_LAMBDA, linearInputs } from './fitLinear';
import { trainModel } from './trainModel';
import { closeTrainingThreads, trainModelInThreads } from './trainModelInThreads';

/** Few rows whose log odds are linear in two numbers and a category: logistic regression's home. */
function linearData(n: number, seed: number): Dataset {
  const rng = createRng(seed);
  const rows: RawValue[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = rng() * 4 - 2;
    const u = rng() < 0.1 ? null : rng() * 10;
    const c = ['a', 'b', 'c'][Math.floor(rng() * 3)]!;
    const z = 1.2 * x + 0.25 * ((u ?? 5) - 5) + (c === 'a' ? 0.7 : c === 'b' ? -0.4 : 0);
    rows.push([x, u, c, rng()]);
    labels.push(rng() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
  }
  const kinds = ['numeric', 'numeric', 'categorical', 'numeric'] as const;
  const features = ['x', 'u', 'c', 'noise'].map((name, j) => ({
    name,
    label: name,
    kind: kinds[j]!,
  }));
  return { features, rows, labels };
}

function binned(dataset: Dataset, maxBins: number) {
  const fitted = dataset.features.map((spec, j) =>
    fitBinnedColumn(spec, dataset.rows, j, { maxBins }),
  );
  const binCounts = fitted.map((f) =>
    f.binning.kind === 'numeric' ? f.binning.edges.length + 2 : f.binning.categories.length + 2,
  );
  return {
    columns: fitted.map((f) => f.column),
    binCounts,
    kinds: dataset.features.map((f) => f.kind),
    labels: Uint8Array.from(dataset.labels),
  };
}

describe('linearInputs', () => {
  it('gives each bin of a number its standardised mean, 0 for missing, null for a category', () => {
    const dataset: Dataset = {
      features: [
        { name: 'n', label: 'n', kind: 'numeric' },
        { name: 'k', label: 'k', kind: 'categorical' },
      ],
      rows: [
        [1, 'p'],
        [2, 'q'],
        [3, 'p'],
        [4, 'q'],
        [null, 'p'],
      ],
      labels: [0, 1, 0, 1, 1],
    };
    const data = binned(dataset, 16);
    const [numbers, category] = linearInputs(dataset, data.columns, data.binCounts);
    expect(category).toBeNull();
    // mean 2.5, population standard deviation √1.25; each value has its own bin (1..4)
    const sd = Math.sqrt(1.25);
    expect(numbers![0]).toBe(0);
    expect(Array.from(numbers!.slice(1, 5))).toEqual(
      [1, 2, 3, 4].map((v) => expect.closeTo((v - 2.5) / sd, 12)),
    );
  });

  it('gives a constant number no slope to fit (every bin 0)', () => {
    const dataset: Dataset = {
      features: [{ name: 'n', label: 'n', kind: 'numeric' }],
      rows: [[5], [5], [5], [null]],
      labels: [0, 1, 0, 1],
    };
    const data = binned(dataset, 16);
    expect(Array.from(linearInputs(dataset, data.columns, data.binCounts)[0]!)).toEqual(
      new Array(data.binCounts[0]).fill(0),
    );
  });
});

describe('fitLinear', () => {
  it('reaches the optimum of the ridge logistic loss (every partial derivative ~ 0)', () => {
    const dataset = linearData(800, 3);
    const data = binned(dataset, 16);
    const inputs = linearInputs(dataset, data.columns, data.binCounts);
    const all = Int32Array.from(dataset.rows.keys());
    const split = { train: all, validation: new Int32Array(0) };
    const fit = fitLinear(data, split, inputs);
    expect(fit.iterations).toBeLessThan(50);

    const residual = dataset.rows.map((_, i) => {
      let z = fit.intercept;
      fit.tables.forEach((table, j) => (z += table[data.columns[j]![i]!]!));
      return 1 / (1 + Math.exp(-z)) - dataset.labels[i]!;
    });
    expect(Math.abs(residual.reduce((s, r) => s + r, 0))).toBeLessThan(1e-4);
    inputs.forEach((values, j) => {
      const table = fit.tables[j]!;
      if (values) {
        // one slope: table = w · values
        const b = values.findIndex((v) => Math.abs(v) > 0.1);
        const w = table[b]! / values[b]!;
        let gradient = LINEAR_LAMBDA * w;
        residual.forEach((r, i) => (gradient += r * values[data.columns[j]![i]!]!));
        expect(Math.abs(gradient)).toBeLessThan(1e-4);
      } else {
        for (let bin = 0; bin < table.length; bin++) {
          let gradient = LINEAR_LAMBDA * table[bin]!;
          residual.forEach((r, i) => {
            if (data.columns[j]![i] === bin) gradient += r;
          });
          expect(Math.abs(gradient)).toBeLessThan(1e-4);
        }
      }
    });
    // the planted slope of x (1.2 a unit, about 1.15 units a standard deviation) comes back
    const xValues = inputs[0]!;
    const top = xValues.length - 1;
    expect(fit.tables[0]![top]! / xValues[top]!).toBeGreaterThan(0.9);
  });

  it('keeps the weights finite when the training rows are perfectly separable', () => {
    const dataset: Dataset = {
      features: [{ name: 'n', label: 'n', kind: 'numeric' }],
      rows: Array.from({ length: 40 }, (_, i) => [i]),
      labels: Array.from({ length: 40 }, (_, i) => (i < 20 ? 0 : 1)),
    };
    const data = binned(dataset, 16);
    const all = Int32Array.from(dataset.rows.keys());
    const fit = fitLinear(
      data,
      { train: all, validation: new Int32Array(0) },
      linearInputs(dataset, data.columns, data.binCounts),
    );
    for (const table of fit.tables) for (const x of table) expect(Number.isFinite(x)).toBe(true);
    expect(Number.isFinite(fit.intercept)).toBe(true);
  });
});

describe('fitLinear on hostile columns', () => {
  it('gives finite tables whatever the numbers (huge, tiny, constant, missing) and labels', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, 1e300, -1e300, 5e-324, null),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, value, fc.constantFrom('a', 'b', null), fc.boolean()), {
          minLength: 2,
          maxLength: 40,
        }),
        (rows) => {
          const dataset: Dataset = {
            features: [
              { name: 'u', label: 'u', kind: 'numeric' },
              { name: 'v', label: 'v', kind: 'numeric' },
              { name: 'k', label: 'k', kind: 'categorical' },
            ],
            rows: rows.map(([u, v, k]) => [u, v, k]),
            labels: rows.map(([, , , y]) => (y ? 1 : 0)),
          };
          const data = binned(dataset, 16);
          const inputs = linearInputs(dataset, data.columns, data.binCounts);
          for (const values of inputs) {
            for (const x of values ?? []) expect(Number.isFinite(x)).toBe(true);
          }
          const all = Int32Array.from(dataset.rows.keys());
          const fit = fitLinear(data, { train: all, validation: new Int32Array(0) }, inputs);
          expect(Number.isFinite(fit.intercept)).toBe(true);
          for (const table of fit.tables)
            for (const x of table) expect(Number.isFinite(x)).toBe(true);
        },
      ),
      { numRuns: 300, seed: 52 },
    );
  });
});

describe('the linear stage in trainModel', () => {
  afterAll(() => closeTrainingThreads());
  const train = linearData(400, 1);
  const test = linearData(4000, 2);

  it('blends in where the effects are linear and the rows few, and scores better for it', () => {
    const blended = trainModel(train, { seed: 3 });
    const boostedOnly = trainModel(train, { seed: 3, linear: false });
    expect(blended.meta.settings?.linearWeight).toBeGreaterThan(0);
    expect(boostedOnly.meta.settings?.linearWeight).toBeUndefined();
    const logLoss = (p: ArrayLike<number>) =>
      -Array.from(p).reduce((s, q, i) => s + (test.labels[i] ? Math.log(q) : Math.log(1 - q)), 0) /
      p.length;
    expect(logLoss(scoreRows(blended, test.rows))).toBeLessThan(
      logLoss(scoreRows(boostedOnly, test.rows)),
    );
  });

  it('keeps the guarantees: exact explanations, the JSON round trip, the same model on any thread count', async () => {
    const model = trainModel(train, { seed: 3, bags: 4 });
    expect(model.meta.settings?.linearWeight).toBeGreaterThan(0);
    for (const row of test.rows.slice(0, 50)) {
      const e = explainRow(model, row);
      const sum = e.factors.reduce((s, f) => s + f.contribution, e.baseline);
      expect(Math.abs(sum - e.logit)).toBeLessThan(1e-9);
      expect(Math.abs(e.logit - predictLogit(model, row))).toBeLessThan(1e-9);
    }
    expect(serializeModel(parseModel(serializeModel(model)))).toBe(serializeModel(model));
    for (const threads of [1, 2]) {
      const threaded = await trainModelInThreads(
        train,
        { seed: 3, bags: 4 },
        { threads, always: true },
      );
      expect(serializeModel(threaded)).toBe(serializeModel(model));
    }
  });
});
