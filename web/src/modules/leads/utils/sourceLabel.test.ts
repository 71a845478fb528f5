import { expect, it } from 'vitest';
import { sourceLabel } from './sourceLabel';

it('turns source slugs into words', () => {
  expect(sourceLabel('paid_ads')).toBe('Paid ads');
  expect(sourceLabel('web-form')).toBe('Web form');
  expect(sourceLabel('Referral')).toBe('Referral');
});
