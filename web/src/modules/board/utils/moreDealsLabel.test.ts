import { describe, expect, it } from 'vitest';
import { moreDealsLabel } from './moreDealsLabel';

describe('moreDealsLabel', () => {
  it('says "the other" deals when one click shows them all', () => {
    expect(moreDealsLabel(18, 100)).toBe('Show the other 18 deals');
    expect(moreDealsLabel(1, 100)).toBe('Show the other deal');
  });
  it('says how many of how many not shown otherwise', () => {
    expect(moreDealsLabel(250, 100)).toBe('Show 100 more of the 250 deals not shown');
  });
});
