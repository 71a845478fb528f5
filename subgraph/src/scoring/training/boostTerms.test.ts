import { describe, expect, it } from 'vitest';
import { boostTerms } from './boostTerms';
import { fitMainUpdate } from './fitMainUpdate';
import { meanLogLoss } from './meanLogLoss';

const opts = { learningRate: 0.1, lambda: 1, minSamplesLeaf: 2 };

/** One categorical term: 80 % of the rows in bin 1 are positive, 20 % of those in bin 2. */
function input(start: number) {
  const n = 402; // not a multiple of four: the pass's tail rows count too
  const bins = Uint16Array.from({ length: n }, (_, i) => 1 + (i % 2));
  const labels = Uint8Array.from({ length: n }, (_, i) =>
    (i % 2 === 0 ? i % 10 !== 0 : i % 10 === 1) ? 1 : 0,
  );
  return {
    terms: [
      {
        cells: 3,
        train: bins,
        validation: bins,
        fit: (G: Float64Array, H: Float64Array, C: Float64Array, delta: Float64Array) =>
          fitMainUpdate('categorical', G, H, C, opts, delta),
      },
    ],
    trainLogits: new Float64Array(n).fill(start),
    trainLabels: labels,
    validationLogits: new Float64Array(n).fill(start),
    validationLabels: labels,
    maxRounds: 500,
    patience: 20,
  };
}

describe('boostTerms', () => {
  it('learns the log odds of each bin and reports the validation loss it reached', () => {
    const result = boostTerms(input(0));
    const [, up, down] = result.tables[0]!;
    expect(up).toBeCloseTo(Math.log(0.8 / 0.2), 1);
    expect(down).toBeCloseTo(Math.log(0.2 / 0.8), 1);
    const logits = input(0).trainLabels.map(() => 0);
    const fitted = Float64Array.from(input(0).terms[0]!.train, (b) => result.tables[0]![b]!);
    expect(result.validationLoss).toBeCloseTo(meanLogLoss(fitted, input(0).validationLabels), 9);
    expect(result.validationLoss).toBeLessThan(meanLogLoss(logits, input(0).validationLabels));
  });

  it('stays finite from starting logits far beyond what floating point odds can hold', () => {
    for (const start of [800, -800]) {
      const result = boostTerms(input(start));
      expect(result.tables[0]!.every(Number.isFinite)).toBe(true);
      expect(Number.isFinite(result.validationLoss)).toBe(true);
    }
  });
});

describe('boostTerms with minGainShare', () => {
  /** A strong term (80 % vs 20 % positive) and a weak one (52 % vs 48 % within each strong bin). */
  function twoTerms(maxRounds: number, minGainShare: number) {
    const n = 1000;
    const strong = Uint16Array.from({ length: n }, (_, i) => 1 + (i % 2));
    const weak = Uint16Array.from({ length: n }, (_, i) => 1 + ((i >> 1) % 2));
    // within each (strong, weak) cell of 250 rows, a fixed share is positive
    const share = (s: number, w: number) => (s === 1 ? 0.8 : 0.2) + (w === 1 ? 0.02 : -0.02);
    const labels = Uint8Array.from({ length: n }, (_, i) => {
      const k = i >> 2; // the row's rank within its cell
      return k < 250 * share(strong[i]!, weak[i]!) ? 1 : 0;
    });
    const term = (bins: Uint16Array) => ({
      cells: 3,
      train: bins,
      validation: bins,
      fit: (G: Float64Array, H: Float64Array, C: Float64Array, delta: Float64Array) =>
        fitMainUpdate('categorical', G, H, C, opts, delta),
    });
    return boostTerms({
      terms: [term(strong), term(weak)],
      trainLogits: new Float64Array(n),
      trainLabels: labels,
      validationLogits: new Float64Array(n),
      validationLabels: labels,
      maxRounds,
      patience: 1000,
      minGainShare,
    });
  }

  it('skips a term whose gain is under the share of the previous round’s best, after round 1', () => {
    const weakAfter = (rounds: number, share: number) =>
      Array.from(twoTerms(rounds, share).tables[1]!);
    // round 1 updates every term; the weak term then waits while the strong one's gain is large
    expect(weakAfter(1, 0.3).some((x) => x !== 0)).toBe(true);
    expect(weakAfter(5, 0.3)).toEqual(weakAfter(1, 0.3));
    // without the share it moves every round
    expect(weakAfter(5, 0)).not.toEqual(weakAfter(1, 0));
    // and the strong term is fitted either way
    expect(twoTerms(5, 0.3).tables[0]![1]).toBeGreaterThan(0);
  });

  it('lets the weak term in once the strong one is fitted', () => {
    const weak = twoTerms(400, 0.3).tables[1]!;
    expect(weak[1]!).toBeGreaterThan(weak[2]!);
    expect(Array.from(weak)).not.toEqual(Array.from(twoTerms(1, 0.3).tables[1]!));
  });
});
