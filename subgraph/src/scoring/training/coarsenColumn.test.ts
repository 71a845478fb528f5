import { describe, expect, it } from 'vitest';
import { coarsenColumn, expandPairTable } from './coarsenColumn';

describe('coarsenColumn', () => {
  it('merges adjacent number bins evenly and keeps the missing bin apart', () => {
    // 1 missing bin + 8 value bins, down to at most 5 bins
    const coarse = coarsenColumn(Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8]), 9, 'numeric', 5);
    expect(coarse.bins).toBe(5);
    expect(Array.from(coarse.of)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(Array.from(coarse.column)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('leaves a column with few bins as it is', () => {
    const coarse = coarsenColumn(Uint8Array.from([0, 2, 1, 3]), 4, 'numeric', 32);
    expect(coarse.bins).toBe(4);
    expect(Array.from(coarse.column)).toEqual([0, 2, 1, 3]);
  });

  it('sends the rarest categories to "other"', () => {
    // bins: missing, other, then categories by frequency
    const coarse = coarsenColumn(Uint8Array.from([0, 1, 2, 3, 4, 5]), 6, 'categorical', 4);
    expect(coarse.bins).toBe(4);
    expect(Array.from(coarse.column)).toEqual([0, 1, 2, 3, 1, 1]);
  });

  it('spreads a coarse pair table back over the features own bins', () => {
    const a = coarsenColumn(new Uint8Array(0), 5, 'numeric', 3); // of: 0 1 1 2 2
    const b = coarsenColumn(new Uint8Array(0), 3, 'categorical', 3); // of: 0 1 2
    const table = Float64Array.from({ length: 9 }, (_, k) => k);
    const full = expandPairTable(table, a, b);
    expect(full.length).toBe(15);
    for (let i = 0; i < 5; i++) {
      for (let j = 0; j < 3; j++) expect(full[i * 3 + j]).toBe(table[a.of[i]! * 3 + b.of[j]!]);
    }
    expect(Array.from(full.subarray(3, 9))).toEqual([3, 4, 5, 3, 4, 5]);
  });
});
