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
});
