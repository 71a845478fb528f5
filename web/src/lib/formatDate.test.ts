import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate';

// Local times, so that the test reads the same in any time zone the browser is in.
const now = new Date(2026, 5, 15, 9, 0);
const local = (y: number, m: number, d: number, h: number) => new Date(y, m, d, h).toISOString();

describe('formatDate', () => {
  it('gives a date with its year', () => {
    expect(formatDate('2020-01-01')).toBe('Jan 1, 2020');
  });

  it('leaves the year out of a date and time only in the current year', () => {
    expect(formatDate(local(2026, 0, 1, 10), true, now)).toBe('Jan 1, 10:00 AM');
    expect(formatDate(local(2020, 0, 1, 10), true, now)).toBe('Jan 1, 2020, 10:00 AM');
    expect(formatDate(local(2027, 0, 1, 10), true, now)).toBe('Jan 1, 2027, 10:00 AM');
  });

  it('is a dash for no date and the text itself for one it cannot read', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('soon', true)).toBe('soon');
  });
});
