import { describe, expect, it } from 'vitest';
import { attainment } from './attainment';

describe('attainment', () => {
  it('is won over target in the target’s currency', () => {
    expect(
      attainment([{ currency: 'USD', amount: '800.00' }], { currency: 'USD', amount: '1600' }),
    ).toBe(0.5);
    expect(attainment([], { currency: 'USD', amount: '900' })).toBe(0);
  });
  it('is unknown without a target, with a zero target, or with won deals in another currency', () => {
    expect(attainment([{ currency: 'USD', amount: '1' }], null)).toBeNull();
    expect(attainment([], { currency: 'USD', amount: '0.00' })).toBeNull();
    expect(
      attainment([{ currency: 'EUR', amount: '10' }], { currency: 'USD', amount: '100' }),
    ).toBeNull();
  });

  it('goes through the reporting currency when the wins are in several currencies and all converted', () => {
    const won = [
      { currency: 'JPY', amount: '1000000.00' },
      { currency: 'USD', amount: '1000.00' },
    ];
    const target = { currency: 'USD', amount: '15400' };
    expect(attainment(won, target, { currency: 'USD', amount: '7700.00', complete: true })).toBe(
      0.5,
    );
    // A currency without a rate, or a target in another currency: no ratio.
    expect(
      attainment(won, target, { currency: 'USD', amount: '1000.00', complete: false }),
    ).toBeNull();
    expect(
      attainment(
        won,
        { currency: 'EUR', amount: '100' },
        { currency: 'USD', amount: '7700.00', complete: true },
      ),
    ).toBeNull();
  });
});
