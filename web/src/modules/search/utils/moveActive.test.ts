import { describe, expect, it } from 'vitest';
import { moveActive } from './moveActive';

describe('moveActive', () => {
  it('steps down and up, wrapping round at either end', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowDown')).toBe(1);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(2, 3, 'ArrowUp')).toBe(1);
  });

  it('jumps with Home and End, and has nothing to make active in an empty list', () => {
    expect(moveActive(1, 3, 'Home')).toBe(0);
    expect(moveActive(0, 3, 'End')).toBe(2);
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });

  it('keeps the active option inside a list that got shorter', () => {
    expect(moveActive(5, 2, 'Shift')).toBe(1);
    expect(moveActive(-1, 2, 'Shift')).toBe(-1);
  });
});
