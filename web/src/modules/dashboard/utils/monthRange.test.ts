import { describe, expect, it } from 'vitest';
import { monthKeys, monthStart } from './monthRange';

describe('monthRange', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  it('crosses year boundaries', () => {
    expect(monthStart(now, 2)).toBe('2027-01-01');
    expect(monthStart(now, -11)).toBe('2025-12-01');
  });
  it('lists month keys', () => {
    expect(monthKeys(now, 0, 3)).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});
