import { describe, expect, it } from 'vitest';
import { loadNow, NOT_READ, peekableLoader } from './peekable';

/** A loader of squares that records each batch it is asked for; `fail` makes a key an error. */
function squares({ fail = new Set<number>(), reject = false } = {}) {
  const batches: number[][] = [];
  const loader = peekableLoader<number, number>(async (keys) => {
    batches.push([...keys]);
    if (reject) throw new Error('database gone');
    return keys.map((key) => (fail.has(key) ? new Error(`no ${key}`) : key * key));
  });
  return { loader, batches };
}

describe('peekableLoader (ADR 077)', () => {
  it('reads ahead in one batch for every caller of the same turn, then answers at once', async () => {
    const { loader, batches } = squares();
    expect(loader.peek(2)).toBe(NOT_READ);
    // Two columns of a board asking for their own cards' keys in the same turn.
    await Promise.all([loader.readAhead([1, 2, 3]), loader.readAhead([3, 4])]);
    expect(batches).toEqual([[1, 2, 3, 4]]);
    expect(loadNow(loader, 3)).toBe(9);
    expect(await loader.load(4)).toBe(16);
    expect(batches).toHaveLength(1);
    // A key not read ahead is read by load, in a batch of its own, and is then known.
    const five = loadNow(loader, 5);
    expect(five).toBeInstanceOf(Promise);
    expect(await five).toBe(25);
    expect(loader.peek(5)).toBe(25);
    expect(batches).toEqual([[1, 2, 3, 4], [5]]);
  });

  it('reads only the keys not read yet', async () => {
    const { loader, batches } = squares();
    await loader.load(1);
    await loader.readAhead([1, 2]);
    await Promise.all([loader.load(1), loader.load(2), loader.load(6)]);
    expect(batches).toEqual([[1], [2], [6]]);
  });

  it("leaves a key whose value is an error unread, for the field's own load to report", async () => {
    const { loader, batches } = squares({ fail: new Set([2]) });
    await loader.readAhead([1, 2]);
    expect(loader.peek(1)).toBe(1);
    expect(loader.peek(2)).toBe(NOT_READ);
    await expect(loader.load(2)).rejects.toThrow('no 2');
    expect(batches).toEqual([[1, 2], [2]]);
  });

  it('rejects a read ahead whose batch fails, and reads again on load', async () => {
    const { loader, batches } = squares({ reject: true });
    await expect(loader.readAhead([1])).rejects.toThrow('database gone');
    expect(loader.peek(1)).toBe(NOT_READ);
    await expect(loader.load(1)).rejects.toThrow('database gone');
    expect(batches).toEqual([[1], [1]]);
  });
});
