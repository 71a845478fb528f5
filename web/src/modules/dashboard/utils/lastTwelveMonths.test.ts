import { describe, expect, it } from 'vitest';
import { lastTwelveMonths } from './lastTwelveMonths';

describe('lastTwelveMonths', () => {
  it('covers the 12 months that end today, not January 1 to today', () => {
    const period = lastTwelveMonths(new Date('2026-12-01T09:00:00Z'));
    expect(period).toEqual({
      from: '2025-12-02',
      to: '2026-12-01',
      dates: 'Dec 2, 2025 – Dec 1, 2026',
    });
  });
  it('crosses the end of a month and of a year', () => {
    expect(lastTwelveMonths(new Date('2027-01-31T23:00:00Z'))).toMatchObject({
      from: '2026-02-01',
      to: '2027-01-31',
    });
  });
});
