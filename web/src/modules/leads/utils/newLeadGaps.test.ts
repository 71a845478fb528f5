import { describe, expect, it } from 'vitest';
import { newLeadGaps } from './newLeadGaps';

const target = { id: 'l1', name: 'Ada Lovelace', matchedOn: 'NAME_AND_COMPANY' as const };

describe('newLeadGaps', () => {
  it('fills only what the existing lead lacks', () => {
    expect(
      newLeadGaps(
        { ...target, email: null, company: 'Analytical' },
        { email: ' ada@x.org ', company: 'Other' },
      ),
    ).toEqual({ email: 'ada@x.org' });
    expect(
      newLeadGaps(
        { ...target, email: '', company: '  ' },
        { email: 'a@x.org', company: 'Engines' },
      ),
    ).toEqual({
      email: 'a@x.org',
      company: 'Engines',
    });
  });

  it('changes nothing the existing lead already has, nor with blanks typed', () => {
    expect(
      newLeadGaps(
        { ...target, email: 'a@x.org', company: 'E' },
        { email: 'b@x.org', company: 'F' },
      ),
    ).toEqual({});
    expect(
      newLeadGaps({ ...target, email: null, company: null }, { email: ' ', company: '' }),
    ).toEqual({});
  });
});
