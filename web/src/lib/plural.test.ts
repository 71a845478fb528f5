import { expect, it } from 'vitest';
import { plural } from './plural';

it('writes one of a thing in the singular and any other count in the plural, with separators', () => {
  expect(plural(1, 'deal')).toBe('1 deal');
  expect(plural(0, 'deal')).toBe('0 deals');
  expect(plural(2571, 'lead')).toBe('2,571 leads');
  expect(plural(1, 'match', 'matches')).toBe('1 match');
  expect(plural(3, 'match', 'matches')).toBe('3 matches');
});
