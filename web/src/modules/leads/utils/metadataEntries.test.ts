import { describe, expect, it } from 'vitest';
import { metadataEntries } from './metadataEntries';

describe('metadataEntries', () => {
  it('labels plain values and skips nested ones and fields shown elsewhere', () => {
    expect(
      metadataEntries({
        company: 'Acme',
        annualRevenue: 1200000,
        seniority: 'vp',
        tags: ['a'],
        is_partner: true,
      }),
    ).toEqual([
      ['Annual revenue', '1,200,000'],
      ['Seniority', 'vp'],
      ['Is partner', 'true'],
    ]);
  });
  it('is empty for anything but an object', () => {
    expect(metadataEntries(null)).toEqual([]);
    expect(metadataEntries([1])).toEqual([]);
  });
});
