import { describe, expect, it } from 'vitest';
import { moveInList } from './moveInList';

const id = (s: string) => s;

describe('moveInList', () => {
  it('inserts a new item at the index', () => {
    expect(moveInList(['a', 'b', 'c'], 'x', 1, id)).toEqual(['a', 'x', 'b', 'c']);
  });
  it('moves an existing item without duplicating it', () => {
    expect(moveInList(['a', 'b', 'c', 'd'], 'a', 2, id)).toEqual(['b', 'c', 'a', 'd']);
  });
  it('clamps the index', () => {
    expect(moveInList(['a'], 'x', 10, id)).toEqual(['a', 'x']);
    expect(moveInList(['a'], 'x', -3, id)).toEqual(['x', 'a']);
  });
});
