import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median } from '../common/median';
import { mediansBefore } from './mediansBefore';

describe('mediansBefore', () => {
  it('is, for every time, the median of the points before it (property: any points, any times, ties)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.integer({ min: 0, max: 50 }),
            value: fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
          }),
          { maxLength: 60 },
        ),
        fc.array(fc.integer({ min: -5, max: 60 }), { maxLength: 40 }),
        (points, times) => {
          const sorted = [...points].sort((a, b) => a.at - b.at);
          const expected = times.map((t) =>
            median(sorted.filter((p) => p.at < t).map((p) => p.value)),
          );
          expect(mediansBefore(sorted, times)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('answers 20,000 times over 20,000 points in one sweep', () => {
    const points = Array.from({ length: 20_000 }, (_, i) => ({ at: i, value: (i * 7919) % 1000 }));
    const times = Array.from({ length: 20_000 }, (_, i) => 20_000 - i);
    const medians = mediansBefore(points, times);
    expect(medians[0]).toBe(median(points.map((p) => p.value)));
    expect(medians.at(-1)).toBe(points[0]!.value);
  });
});
