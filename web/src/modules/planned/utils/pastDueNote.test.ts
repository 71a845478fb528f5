import { expect, it } from 'vitest';
import { dueLimits } from './dueLimits';
import { pastDueNote } from './pastDueNote';

const now = new Date(2026, 11, 2, 15, 30);

it('notes a due time already past, and nothing for one to come or one it cannot read', () => {
  expect(pastDueNote('2020-01-01T10:00', now)).toBe(
    'This is in the past: it will show as overdue.',
  );
  expect(pastDueNote('2026-12-02T15:29', now)).toBeDefined();
  expect(pastDueNote('2026-12-02T16:00', now)).toBeUndefined();
  expect(pastDueNote('', now)).toBeUndefined();
});

it('offers due times in whole years within ten years of today', () => {
  expect(dueLimits(now)).toEqual({ min: '2017-01-01T00:00', max: '2035-12-31T23:59' });
});
