import { describe, expect, it } from 'vitest';
import { nextHighlight } from './nextHighlight';

describe('nextHighlight', () => {
  it('moves down from none to the first, and wraps from the last to the first', () => {
    expect(nextHighlight(-1, 'ArrowDown', 3)).toBe(0);
    expect(nextHighlight(1, 'ArrowDown', 3)).toBe(2);
    expect(nextHighlight(2, 'ArrowDown', 3)).toBe(0);
  });

  it('moves up from none or the first to the last', () => {
    expect(nextHighlight(-1, 'ArrowUp', 3)).toBe(2);
    expect(nextHighlight(0, 'ArrowUp', 3)).toBe(2);
    expect(nextHighlight(2, 'ArrowUp', 3)).toBe(1);
  });

  it('jumps to the ends with Home and End', () => {
    expect(nextHighlight(1, 'Home', 4)).toBe(0);
    expect(nextHighlight(1, 'End', 4)).toBe(3);
  });

  it('highlights nothing in an empty list, and leaves other keys to the input', () => {
    expect(nextHighlight(-1, 'ArrowDown', 0)).toBe(-1);
    expect(nextHighlight(-1, 'Home', 0)).toBeUndefined();
    expect(nextHighlight(0, 'a', 3)).toBeUndefined();
    expect(nextHighlight(0, 'Enter', 3)).toBeUndefined();
  });
});
