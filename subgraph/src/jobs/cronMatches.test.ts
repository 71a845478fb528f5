import { describe, expect, it } from 'vitest';
import { parseCron } from './cronMatches';

const at = (iso: string) => new Date(iso);

describe('parseCron', () => {
  it('matches every 6 hours on the hour', () => {
    const cron = parseCron('0 */6 * * *');
    expect(cron.matches(at('2026-11-01T00:00:00Z'))).toBe(true);
    expect(cron.matches(at('2026-11-01T18:00:30Z'))).toBe(true);
    expect(cron.matches(at('2026-11-01T07:00:00Z'))).toBe(false);
    expect(cron.matches(at('2026-11-01T06:01:00Z'))).toBe(false);
  });

  it('matches weekly on Monday 03:00 and handles ranges, lists and Sunday as 7', () => {
    expect(parseCron('0 3 * * 1').matches(at('2026-11-02T03:00:00Z'))).toBe(true); // a Monday
    expect(parseCron('0 3 * * 1').matches(at('2026-11-03T03:00:00Z'))).toBe(false);
    expect(parseCron('15,45 9-17/2 * * 7').matches(at('2026-11-01T11:45:00Z'))).toBe(true); // a Sunday
    expect(parseCron('0 0 1 * 1').matches(at('2026-11-02T00:00:00Z'))).toBe(true); // day OR weekday
  });

  it('rejects malformed expressions with a message', () => {
    expect(() => parseCron('0 */6 * *')).toThrow(/5 fields/);
    expect(() => parseCron('61 * * * *')).toThrow(/invalid cron field "61"/);
  });
});
