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
