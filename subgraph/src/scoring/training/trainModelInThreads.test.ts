import { afterAll, describe, expect, it } from 'vitest';
import { createRng } from './createRng';
import { serializeModel } from '../model/serializeModel';
import { trainModel } from './trainModel';
import { closeTrainingThreads, trainModelInThreads } from './trainModelInThreads';
import type { Dataset, RawValue } from '../model/types';

/** A threshold, a category, a planted pair and noise: enough for bags, pairs and calibration. */
function makeData(n: number, seed: number): Dataset {
  const rng = createRng(seed);
  const rows: RawValue[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const [t, a, b] = [rng() * 10, rng() * 2 - 1, rng() * 2 - 1];
    const c = ['red', 'green', 'blue'][Math.floor(rng() * 3)]!;
    const z = (t > 5 ? 1 : -1) + (c === 'red' ? 0.8 : 0) + 3 * a * b;
    rows.push([t, c, a, b, rng() < 0.2 ? null : rng()]);
    labels.push(rng() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
  }
  const kinds = ['numeric', 'categorical', 'numeric', 'numeric', 'numeric'] as const;
  const features = ['t', 'color', 'a', 'b', 'noise'].map((name, j) => ({
    name,
    label: name,
    kind: kinds[j]!,
  }));
  return { features, rows, labels };
}

describe('trainModelInThreads', () => {
  afterAll(() => closeTrainingThreads());

  it('trains the same model, bit for bit, on 0, 1 and 2 worker threads as trainModel does', async () => {
    const data = makeData(1_200, 5);
    const reference = trainModel(data, { seed: 11, bags: 4 });
    // Shifted grids (ADR 058) are on at this size: each bag gets its own grid, whatever thread.
    expect(reference.meta.settings?.gridShifts).toBe(4);
    const expected = serializeModel(reference);
    for (const threads of [0, 1, 2]) {
      const model = await trainModelInThreads(
        data,
        { seed: 11, bags: 4 },
        { threads, always: true },
      );
      expect(serializeModel(model), `${threads} threads`).toBe(expected);
    }
    // The seed still matters on threads.
    const other = await trainModelInThreads(
      data,
      { seed: 12, bags: 4 },
      { threads: 2, always: true },
    );
    expect(serializeModel(other)).not.toBe(expected);
  });

  it('keeps the calling thread free while the workers train', async () => {
    const data = makeData(3_000, 6);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    await trainModelInThreads(data, { seed: 1, bags: 4 }, { threads: 2, always: true });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });
});
