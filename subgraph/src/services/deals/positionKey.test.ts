import { describe, expect, it } from 'vitest';
import {
  evenKeys,
  FIRST_KEY,
  isPositionKey,
  jitteredKeyBetween,
  keyBetween,
  keysAfter,
  ordinalKey,
} from './positionKey';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

function expectStrictlyOrdered(keys: string[]) {
  for (let i = 1; i < keys.length; i++) expect(keys[i - 1]! < keys[i]!).toBe(true);
  for (const key of keys) expect(isPositionKey(key)).toBe(true);
}

describe('position keys', () => {
  it('steps the integer part at either end, so appends and prepends stay short', () => {
    expect(keyBetween(null, null)).toBe(FIRST_KEY);
    expect(keyBetween('a0', null)).toBe('a1');
    expect(keyBetween('az', null)).toBe('b00');
    expect(keyBetween(null, 'a0')).toBe('Zz');
    expect(keyBetween(null, 'Z0')).toBe('Yzz');
    expect(keyBetween('Zz', null)).toBe('a0');
    const appended = keysAfter(null, 10_000);
    expectStrictlyOrdered(appended);
    expect(Math.max(...appended.map((k) => k.length))).toBeLessThanOrEqual(4);
    const prepended: string[] = ['a0'];
    for (let i = 0; i < 10_000; i++) prepended.unshift(keyBetween(null, prepended[0]!));
    expectStrictlyOrdered(prepended);
    expect(Math.max(...prepended.map((k) => k.length))).toBeLessThanOrEqual(4);
  });

  it('finds a key strictly between any two neighbours', () => {
    expect(keyBetween('a0', 'a1')).toBe('a0V');
    expect(keyBetween('a0', 'a2')).toBe('a1');
    expect(keyBetween('a0V', 'a0W')).toBe('a0VV');
    expect(keyBetween('a0V', 'a0V1')).toBe('a0V0V');
    expect(keyBetween('a0', 'a00V')).toBe('a00F');
    expect(keyBetween('az', 'b00')).toBe('azV');
    expect(keyBetween('Zz', 'a0')).toBe('ZzV');
    expect(() => keyBetween('a1', 'a1')).toThrow(/out of order/);
    expect(() => keyBetween('a1', 'a0')).toThrow(/out of order/);
  });

  it('keeps a strict order over thousands of inserts at random places', () => {
    const next = random(7);
    const keys = [FIRST_KEY];
    for (let i = 0; i < 5_000; i++) {
      const at = next(keys.length + 1);
      keys.splice(at, 0, keyBetween(keys[at - 1] ?? null, keys[at] ?? null));
    }
    expectStrictlyOrdered(keys);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThan(12);
  });

  it('grows about one character per six inserts at the same spot', () => {
    let low = 'a0';
    const high = 'a1';
    for (let i = 0; i < 300; i++) {
      const key = keyBetween(low, high);
      expect(low < key && key < high).toBe(true);
      low = key;
    }
    expect(low.length).toBeGreaterThan(40);
    expect(low.length).toBeLessThan(60);
    let top = 'a1';
    for (let i = 0; i < 300; i++) {
      const key = keyBetween('a0', top);
      expect('a0' < key && key < top).toBe(true);
      top = key;
    }
  });

  it('gives concurrent placements at one spot distinct keys between the same neighbours', () => {
    const next = random(11);
    const uniform = () => next(1_000_000) / 1_000_000;
    for (const [before, after] of [
      ['a0', 'a1'],
      ['a0V', 'a0W1'],
      ['a0', 'a00001'],
      [null, 'a0'],
      ['a0', null],
      [null, null],
    ] as const) {
      const keys = Array.from({ length: 200 }, () => jitteredKeyBetween(before, after, uniform));
      expect(new Set(keys).size).toBe(200);
      for (const key of keys) {
        expect(isPositionKey(key)).toBe(true);
        if (before !== null) expect(before < key).toBe(true);
        if (after !== null) expect(key < after).toBe(true);
      }
    }
    // Always the extremes of the tail too.
    expect(jitteredKeyBetween('a0V', 'a0W1', () => 0.999999) < 'a0W1').toBe(true);
    expect(jitteredKeyBetween('a0', 'a00001', () => 0) > 'a0').toBe(true);
  });

  it('rebalances to consecutive integers', () => {
    const keys = evenKeys(4_000);
    expectStrictlyOrdered(keys);
    expect(keys[0]).toBe(FIRST_KEY);
    expect(keys[61]).toBe('az');
    expect(keys[62]).toBe('b00');
    expect(keys).toEqual(keysAfter(null, 4_000));
    expect(ordinalKey(3906)).toBe('c000');
    expect(ordinalKey(242_234)).toBe('d0000');
    expect(keyBetween(ordinalKey(242_233), null)).toBe('d0000');
  });

  it('refuses malformed keys', () => {
    for (const bad of ['', 'a', 'b0', 'a0V0', 'a0-', '!0', 'a0 '])
      expect(isPositionKey(bad)).toBe(false);
    expect(() => keyBetween('b0', null)).toThrow();
  });
});
