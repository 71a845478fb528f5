import { describe, expect, it } from 'vitest';
import { describeStageRateChange, rateStep, sameTotals } from './stageRateChange';

const usd = (amount: string) => [{ currency: 'USD', amount }];

describe('rateStep', () => {
  it('records the first view and any change under the same rates', () => {
    expect(rateStep(null, { computedAt: 'a', weighted: usd('1') })).toEqual({ kind: 'record' });
    expect(
      rateStep({ computedAt: 'a', weighted: usd('100') }, { computedAt: 'a', weighted: usd('90') }),
    ).toEqual({ kind: 'record' });
  });

  it('announces new rates that arrive with new totals, from the totals shown before', () => {
    expect(
      rateStep(
        { computedAt: 'a', weighted: usd('100') },
        { computedAt: 'b', weighted: usd('120') },
      ),
    ).toEqual({ kind: 'announce', before: usd('100') });
    // Rates computed for the first time count as new rates.
    expect(
      rateStep(
        { computedAt: null, weighted: usd('100') },
        { computedAt: 'b', weighted: usd('120') },
      ),
    ).toEqual({ kind: 'announce', before: usd('100') });
  });

  it('asks for the totals when new rates arrive alone', () => {
    expect(
      rateStep(
        { computedAt: 'a', weighted: usd('100') },
        { computedAt: 'b', weighted: usd('100.00') },
      ),
    ).toEqual({ kind: 'refetch', before: usd('100') });
  });
});

describe('sameTotals', () => {
  it('compares per currency, a missing currency as zero', () => {
    expect(sameTotals(usd('5.00'), usd('5'))).toBe(true);
    expect(sameTotals(usd('5'), [...usd('5'), { currency: 'EUR', amount: '0.00' }])).toBe(true);
    expect(sameTotals(usd('5'), [...usd('5'), { currency: 'EUR', amount: '1' }])).toBe(false);
  });
});

describe('describeStageRateChange', () => {
  it('says from how many closed deals and the weighted pipeline before and after', () => {
    expect(
      describeStageRateChange({
        closedDeals: 57,
        before: usd('455000'),
        after: usd('520000'),
        currency: 'USD',
      }),
    ).toBe(
      'Stage win rates were relearned from 57 closed deals: the weighted pipeline went from $455.0K to $520.0K.',
    );
  });

  it('says "about" when the short amounts are equal, not cents, and each changed currency', () => {
    expect(
      describeStageRateChange({
        closedDeals: 1,
        before: [...usd('455010'), { currency: 'EUR', amount: '10' }],
        after: [...usd('455020'), { currency: 'EUR', amount: '10' }],
        currency: 'USD',
      }),
    ).toBe(
      'Stage win rates were relearned from 1 closed deal: the weighted pipeline stays at about $455.0K.',
    );
    expect(
      describeStageRateChange({
        closedDeals: 3,
        before: usd('1000'),
        after: [...usd('2000'), { currency: 'JPY', amount: '50000' }],
        currency: 'USD',
      }),
    ).toBe(
      'Stage win rates were relearned from 3 closed deals: the weighted pipeline went from $1.0K to $2.0K, and from ¥0 to ¥50K.',
    );
  });

  it('is silent when no total changed', () => {
    expect(
      describeStageRateChange({
        closedDeals: 5,
        before: usd('1'),
        after: usd('1.00'),
        currency: 'USD',
      }),
    ).toBeNull();
  });
});
