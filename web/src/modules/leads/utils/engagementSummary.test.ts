import { expect, it } from 'vitest';
import { engagementSummary } from './engagementSummary';

it('gives each count with its noun in the singular for one, in the plural otherwise', () => {
  expect(
    engagementSummary({ emailsCount: 1, callsCount: 1, meetingsCount: 0, visitsCount: 1200 }),
  ).toBe('1 email · 1 call · 0 meetings · 1,200 visits');
});
