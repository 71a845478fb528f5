import { describe, expect, it } from 'vitest';
import { pageAfterPosition } from './pageAfterPosition';

const cards = (...positions: number[]) => positions.map((position) => ({ position }));

describe('pageAfterPosition', () => {
  it('is the number of loaded cards minus one when unfiltered, whatever the cached positions say', () => {
    // A card moved in at index 1: the server shifted the cards after it, the cache didn't.
    expect(pageAfterPosition(cards(0, 1, 1, 2), true)).toBe(3);
    expect(pageAfterPosition(cards(1, 2), true)).toBe(1);
  });

  it('is the last loaded card’s position when filtered', () => {
    expect(pageAfterPosition(cards(3, 8, 20), false)).toBe(20);
  });

  it('starts before the first position in an empty column', () => {
    expect(pageAfterPosition([], true)).toBe(-1);
    expect(pageAfterPosition([], false)).toBe(-1);
  });
});
