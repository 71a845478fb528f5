import { describe, expect, it } from 'vitest';
import { createRng } from '../training/createRng';
import { binColumns } from './binColumns';
import { binCount } from './binCount';
import { pairCell } from './pairCell';
import { predictLogit } from './predictLogit';
import { scoreBinned } from './scoreBinned';
import { sigmoid } from './sigmoid';
import type { BinnedColumns, Binning, Model, RawValue } from './types';

/**
 * A random model: 0-13 terms of 2-256 bins, 0-9 pairs (repeats and either order allowed), scores
 * spread over six orders of magnitude so that adding them in any other order rounds differently.
 */
function randomModel(rng: () => number): Model {
  const int = (k: number) => Math.floor(rng() * k);
  const score = () => (rng() - 0.5) * 10 ** (rng() * 6 - 3);
  const termCount = [0, 1, 2, 3, 4, 5, 8, 13][int(8)]!;
  const terms = Array.from({ length: termCount }, (_, j) => {
    const size = rng() < 0.2 ? 254 : int(40);
    const binning: Binning =
      rng() < 0.7
        ? { kind: 'numeric', edges: Array.from({ length: size }, (_, k) => k * 1.5 - 10) }
        : { kind: 'categorical', categories: Array.from({ length: size }, (_, k) => `c${k}`) };
    const n = binCount(binning);
    return {
      feature: { name: `f${j}`, label: `F${j}`, kind: binning.kind },
      binning,
      scores: Array.from({ length: n }, score),
      counts: Array.from({ length: n }, () => 1),
      display: Array.from({ length: n }, () => ''),
    };
  });
  const pairs =
    termCount < 2
      ? []
      : Array.from({ length: int(10) }, () => {
          const a = int(termCount);
          const b = (a + 1 + int(termCount - 1)) % termCount;
          const cells = terms[a]!.scores.length * terms[b]!.scores.length;
          return {
            features: [a, b] as [number, number],
            scores: Array.from({ length: cells }, score),
          };
        });
  return {
    format: 'additive-model/v1',
    kind: 'trained',
    intercept: score(),
    terms,
    pairs,
    meta: {
      seed: null,
      trainRows: 0,
      positiveRate: 0.5,
      bags: 1,
      mainRounds: [],
      pairRounds: [],
      learningRate: 0.1,
      calibration: null,
    },
  };
}

/** The definition, one row at a time: intercept, then each term, then each pair, in model order. */
function straightforward(model: Model, { rowCount, columns }: BinnedColumns): Float64Array {
  const out = new Float64Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    const bins = columns.map((column) => column[i]!);
    let z = model.intercept;
    model.terms.forEach((term, j) => (z += term.scores[bins[j]!]!));
    for (const pair of model.pairs) z += pair.scores[pairCell(model, pair, bins)]!;
    out[i] = sigmoid(z);
  }
  return out;
}

/** Index of the first row whose probabilities differ in any bit (Object.is), or -1. */
function firstDifference(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  return a.findIndex((x, i) => !Object.is(x, b[i]));
}

const ROW_COUNTS = [0, 1, 2, 3, 5, 257, 3000];

describe('scoreBinned', () => {
  it('gives bit for bit the straightforward sum on random models and bins', () => {
    const rng = createRng(43);
    for (let trial = 0; trial < 200; trial++) {
      const model = randomModel(rng);
      const rowCount = ROW_COUNTS[trial % ROW_COUNTS.length]!;
      const columns = model.terms.map((term) =>
        Uint8Array.from({ length: rowCount }, () => Math.floor(rng() * term.scores.length)),
      );
      const binned = { rowCount, columns };
      const expected = straightforward(model, binned);
      const got = scoreBinned(model, binned);
      const at = firstDifference(got, expected);
      expect(at, `trial ${trial}: row ${at} is ${got[at]}, expected ${expected[at]}`).toBe(-1);
    }
  });

  it('agrees with predictLogit on raw rows (missing, unseen and edge values)', () => {
    const rng = createRng(7);
    const value = (binning: Binning): RawValue => {
      const r = rng();
      if (r < 0.1) return rng() < 0.5 ? null : '';
      if (binning.kind === 'categorical') {
        return r < 0.2
          ? 'never seen'
          : binning.categories[Math.floor(rng() * binning.categories.length)];
      }
      const edge = binning.edges[Math.floor(rng() * binning.edges.length)] ?? 0;
      return r < 0.4 ? edge : r < 0.5 ? String(edge - 0.5) : edge + (rng() - 0.5) * 4;
    };
    for (let trial = 0; trial < 50; trial++) {
      const model = randomModel(rng);
      const rows = Array.from({ length: 300 }, () => model.terms.map((t) => value(t.binning)));
      const got = scoreBinned(
        model,
        binColumns(
          model.terms.map((t) => t.binning),
          rows,
        ),
      );
      const expected = Float64Array.from(rows, (row) => sigmoid(predictLogit(model, row)));
      expect(firstDifference(got, expected), `trial ${trial}`).toBe(-1);
    }
  });

  it('scores an intercept-only model and no rows', () => {
    const model = randomModel(createRng(1));
    const bare = { ...model, terms: [], pairs: [] };
    expect(Array.from(scoreBinned(bare, { rowCount: 3, columns: [] }))).toEqual(
      Array(3).fill(sigmoid(model.intercept)),
    );
    expect(
      scoreBinned(model, { rowCount: 0, columns: model.terms.map(() => new Uint8Array()) }),
    ).toHaveLength(0);
  });
});
