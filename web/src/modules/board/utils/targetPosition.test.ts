import { describe, expect, it } from 'vitest';
import { targetPosition } from './targetPosition';

const column = (n: number, offset = 0) =>
  Array.from({ length: n }, (_, i) => ({ id: `d${i + offset}`, position: i }));

describe('targetPosition', () => {
  it('is the drop index in an unfiltered column of another stage', () => {
    expect(targetPosition(column(5, 100), { id: 'x', position: 9 }, false, 3)).toBe(3);
    expect(targetPosition(column(5, 100), { id: 'x', position: 9 }, false, 5)).toBe(5);
  });

  it('accounts for the dragged card when moving down in its own column', () => {
    const cards = column(8);
    expect(targetPosition(cards, cards[2]!, true, 5)).toBe(5);
    expect(targetPosition(cards, cards[5]!, true, 1)).toBe(1);
    expect(targetPosition(cards, cards[0]!, true, 7)).toBe(7);
  });

  it('lands before the visible neighbour when the column is filtered', () => {
    const visible = [
      { id: 'a', position: 2 },
      { id: 'b', position: 7 },
      { id: 'c', position: 11 },
    ];
    expect(targetPosition(visible, { id: 'x', position: 0 }, false, 1)).toBe(7);
    expect(targetPosition(visible, { id: 'x', position: 0 }, false, 3)).toBe(12);
    expect(targetPosition(visible, visible[0]!, true, 1)).toBe(10);
    expect(targetPosition(visible, visible[0]!, true, 2)).toBe(11);
  });

  it('is 0 in an empty column', () => {
    expect(targetPosition([], { id: 'x', position: 4 }, false, 0)).toBe(0);
  });
});
