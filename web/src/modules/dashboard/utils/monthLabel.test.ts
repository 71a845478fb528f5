import { describe, expect, it } from 'vitest';
import { monthLabel } from './monthLabel';

describe('monthLabel', () => {
  it('names the month and year', () => {
    expect(monthLabel('2026-11')).toBe('November 2026');
    expect(monthLabel('2027-01', true)).toBe('Jan 2027');
  });
  it('leaves anything else as it is', () => {
    expect(monthLabel('soon')).toBe('soon');
  });
});
