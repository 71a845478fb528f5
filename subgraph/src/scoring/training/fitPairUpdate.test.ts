import { describe, expect, it } from 'vitest';
import { fitPairUpdate, fitSortedPairUpdate } from './fitPairUpdate';

const opts = { learningRate: 1, lambda: 0, minSamplesLeaf: 1 };

/**
 * Histograms of a 4 × 2 pair whose first feature's categories 0 and 2 (not adjacent in bin order)
 * want a higher score than 1 and 3, on the second feature's bin 1 only.
 */
function alternatingPair() {
  const [nA, nB] = [4, 2];
  const G = new Float64Array(nA * nB);
  const H = new Float64Array(nA * nB).fill(10);
  const C = new Float64Array(nA * nB).fill(40);
  for (let a = 0; a < nA; a++) G[a * nB + 1] = a % 2 === 0 ? -5 : 5;
  return { nA, nB, G, H, C };
}

describe('fitSortedPairUpdate', () => {
  it('cuts a categorical feature by gradient ratio, not by bin order', () => {
    const { nA, nB, G, H, C } = alternatingPair();
    const inOrder = fitPairUpdate({ nA, nB }, G, H, C, opts);
    const delta = new Float64Array(nA * nB);
    const sorted = fitSortedPairUpdate({ nA, nB, categoricalA: true }, G, H, C, opts, delta);
    expect(sorted).toBeGreaterThan(inOrder);
    // categories 0 and 2 go up and 1 and 3 down, on bin 1 of the second feature
    expect([0, 2].map((a) => delta[a * nB + 1])).toEqual([0.5, 0.5]);
    expect([1, 3].map((a) => delta[a * nB + 1])).toEqual([-0.5, -0.5]);
    expect([0, 1, 2, 3].every((a) => delta[a * nB] === 0)).toBe(true);
  });

  it('is the plain update when neither feature is categorical', () => {
    const { nA, nB, G, H, C } = alternatingPair();
    const [plain, sorted] = [new Float64Array(nA * nB), new Float64Array(nA * nB)];
    const gain = fitPairUpdate({ nA, nB }, G, H, C, opts, plain);
    expect(fitSortedPairUpdate({ nA, nB }, G, H, C, opts, sorted)).toBe(gain);
    expect(Array.from(sorted)).toEqual(Array.from(plain));
  });
});
