import { describe, expect, it } from 'vitest';
import { describeFactor, factorName } from './describeFactor';

describe('describeFactor', () => {
  it('formats values with their units', () => {
    expect(
      describeFactor({ feature: 'seatUtilisation', label: 'Seat utilisation', value: '1' }),
    ).toBe('100 % of bought seats in use');
    expect(
      describeFactor({ feature: 'annualRevenue', label: 'Annual revenue', value: '672896' }),
    ).toBe('Annual revenue of $672,896');
    expect(describeFactor({ feature: 'meetingsCount', label: 'Meetings', value: '2' })).toBe(
      '2 meetings held',
    );
    expect(describeFactor({ feature: 'healthScore', label: 'Health score', value: '82' })).toBe(
      'Health score of 82 out of 100 in the usage signals',
    );
    expect(describeFactor({ feature: 'source', label: 'Lead source', value: 'paid_ads' })).toBe(
      'Came from Paid ads',
    );
  });

  it('says a missing value is not known, and reads pairs as “together with”', () => {
    expect(describeFactor({ feature: 'mrr', label: 'MRR', value: 'missing' })).toBe(
      'Monthly revenue not known',
    );
    expect(
      describeFactor({
        feature: 'emailsCount × usageTrend',
        label: 'Emails × Usage trend',
        value: '3, -0.2',
      }),
    ).toBe('3 emails exchanged together with usage down 20 %');
    expect(factorName({ feature: 'emailsCount × usageTrend', label: 'Emails × Usage trend' })).toBe(
      'Emails + Usage trend',
    );
  });
  it('says a contact’s seniority in words, not the model’s code', () => {
    expect(
      describeFactor({ feature: 'titleSeniority', label: 'Title seniority', value: 'c_level' }),
    ).toBe('Contact is C-level');
    expect(
      describeFactor({ feature: 'titleSeniority', label: 'Title seniority', value: 'individual' }),
    ).toBe('Contact is an individual contributor');
  });
});
