import { describe, expect, it } from 'vitest';
import { createRng } from './createRng';
import { expandGridTable, shiftedGrid } from './shiftedGrid';
import { numericBin } from '../model/binValue';
import { explainRow } from '../explanation/explainRow';
import { parseModel } from '../model/parseModel';
import { predictLogit } from '../model/predictLogit';
import { scoreRows } from '../model/scoreRows';
import { serializeModel } from '../model/serializeModel';
import { trainModel } from './trainModel';
import type { Dataset } from '../model/types';

/** 64 value bins of 10 rows each, and 5 missing rows. */
const column = Uint8Array.from([
  ...Array.from({ length: 5 }, () => 0),
  ...Array.from({ length: 640 }, (_, i) => 1 + Math.floor(i / 10)),
]);

describe('shiftedGrid', () => {
  it('groups bins of equal rows into equal groups, in order, missing apart', () => {
    const { of, bins } = shiftedGrid(column, 65, 16, 0);
    expect(bins).toBe(17);
    expect(of[0]).toBe(0);
    for (let b = 1; b <= 64; b++) expect(of[b]).toBe(1 + Math.floor((b - 1) / 4));
  });

  it('moves the group edges by the shift: half a group gives a part group at each end', () => {
    const { of, bins } = shiftedGrid(column, 65, 16, 0.5);
    expect(bins).toBe(18);
    expect([of[1], of[2], of[3], of[4]]).toEqual([1, 1, 2, 2]);
    expect([of[63], of[64]]).toEqual([17, 17]);
    // Every edge of the shifted grid falls inside a group of the unshifted one.
    const plain = shiftedGrid(column, 65, 16, 0).of;
    for (let b = 2; b <= 64; b++) {
      if (of[b] !== of[b - 1]) expect(plain[b]).toBe(plain[b - 1]);
    }
  });

  it('leaves a feature with no more value bins than groups as it is', () => {
    const few = Uint8Array.from([0, 1, 2, 3, 3, 2]);
    expect(Array.from(shiftedGrid(few, 4, 16, 0.25).of)).toEqual([0, 1, 2, 3]);
  });

  it('spreads a table over groups back over the bins', () => {
    const of = Uint8Array.from([0, 1, 1, 2]);
    expect(Array.from(expandGridTable(Float64Array.from([0.5, -1, 2]), of))).toEqual([
      0.5, -1, -1, 2,
    ]);
  });
});

describe('trainModel with shifted grids', () => {
  const rng = createRng(3);
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < 800; i++) {
    const [x, y, few] = [rng() * 4 - 2, rng() * 4 - 2, Math.floor(rng() * 5)];
    rows.push([x, y, few]);
    const z = Math.sin(2 * x) + x * y + 0.3 * few;
    labels.push(rng() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
  }
  const dataset: Dataset = {
    features: [
      { name: 'x', label: 'x', kind: 'numeric' },
      { name: 'y', label: 'y', kind: 'numeric' },
      { name: 'few', label: 'few', kind: 'numeric' },
    ],
    rows,
    labels,
  };

  it('bins numbers gridShifts times finer, leaves numbers of few values alone', () => {
    const shifted = trainModel(dataset, { seed: 1, bags: 4, gridShifts: 4, linear: false });
    const plain = trainModel(dataset, { seed: 1, bags: 4, gridShifts: 1, linear: false });
    expect(shifted.meta.settings?.gridShifts).toBe(4);
    expect(plain.meta.settings?.gridShifts).toBeUndefined();
    const binsOf = (m: typeof plain, j: number) => m.terms[j]!.scores.length;
    expect(binsOf(plain, 0)).toBe(17); // the missing bin and 16 value bins
    expect(binsOf(shifted, 0)).toBe(65);
    expect(binsOf(shifted, 2)).toBe(binsOf(plain, 2));
    // Shapes with more steps than one bag's grid: more distinct values in the table.
    const steps = (m: typeof plain) => new Set(m.terms[0]!.scores.slice(1)).size;
    expect(steps(shifted)).toBeGreaterThan(steps(plain));
  });

  it('cuts pairs from the unshifted bins: a pair table is constant over the model bins of one', () => {
    const shifted = trainModel(dataset, { seed: 1, bags: 4, gridShifts: 4, linear: false });
    const plain = trainModel(dataset, { seed: 1, bags: 4, gridShifts: 1, linear: false });
    expect(shifted.pairs.length).toBeGreaterThan(0);
    const edgesOf = (m: typeof plain, j: number) =>
      (m.terms[j]!.binning as { edges: number[] }).edges;
    // The unshifted bin of each model bin (the model's bins nest in the unshifted ones).
    const baseOf = (j: number) =>
      edgesOf(shifted, j).reduce(
        (of, edge) => [...of, numericBin(edge, edgesOf(plain, j))],
        [0, 1],
      );
    for (const { features, scores } of shifted.pairs) {
      const [a, b] = features.map(baseOf);
      const nB = b!.length;
      for (let i = 1; i < a!.length; i++) {
        for (let k = 1; k < nB; k++) {
          const same = (i2: number, k2: number) =>
            expect(scores[i * nB + k]).toBe(scores[i2 * nB + k2]);
          if (a![i] === a![i - 1]) same(i - 1, k);
          if (b![k] === b![k - 1]) same(i, k - 1);
        }
      }
    }
  });

  it('keeps explanations exact and the JSON round trip lossless, with missing values too', () => {
    const rows = [...dataset.rows.slice(0, 300), [null, 0.5, 2], [1.7, null, null]];
    const model = trainModel(dataset, { seed: 2, bags: 4, gridShifts: 4 });
    const copy = parseModel(serializeModel(model));
    expect(Array.from(scoreRows(copy, rows))).toEqual(Array.from(scoreRows(model, rows)));
    for (const row of rows) {
      const e = explainRow(model, row);
      const sum = e.factors.reduce((total, f) => total + f.contribution, e.baseline);
      expect(Math.abs(sum - e.logit)).toBeLessThan(1e-9);
      expect(Math.abs(e.logit - predictLogit(model, row))).toBeLessThan(1e-9);
    }
  });
});
