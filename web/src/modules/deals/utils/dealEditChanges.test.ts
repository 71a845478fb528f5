import { describe, expect, it } from 'vitest';
import { dealEditChanges, sameDealField } from './dealEditChanges';
import type { DealFormValues } from './validateDealForm';

const saved: DealFormValues = {
  title: 'Fleet renewal',
  value: '4200.00',
  ownerId: 'user-1',
  expectedCloseDate: '2026-12-31',
  customerId: 'cus-1',
  customerName: 'Acme',
};

describe('dealEditChanges', () => {
  it('sends nothing when every field shows what is stored, however the amount is written', () => {
    expect(dealEditChanges(saved, { ...saved })).toEqual({});
    expect(dealEditChanges(saved, { ...saved, value: '4200', title: ' Fleet renewal ' })).toEqual(
      {},
    );
    expect(dealEditChanges(saved, { ...saved, value: '4200.0' })).toEqual({});
  });

  it('sends each changed field, trimmed, and null for a cleared one', () => {
    expect(
      dealEditChanges(saved, {
        title: ' Fleet renewal 2027 ',
        value: '4300',
        ownerId: '',
        expectedCloseDate: '',
        customerId: '',
        customerName: '',
      }),
    ).toEqual({
      title: 'Fleet renewal 2027',
      value: '4300',
      ownerId: null,
      expectedCloseDate: null,
      customerId: null,
    });
  });

  it('links another customer', () => {
    expect(
      dealEditChanges(saved, { ...saved, customerId: 'cus-2', customerName: 'Globex' }),
    ).toEqual({ customerId: 'cus-2' });
  });
});

describe('sameDealField', () => {
  it('compares amounts by value, and text that is not an amount as typed', () => {
    expect(sameDealField('value', '4200', '4200.00')).toBe(true);
    expect(sameDealField('value', '4200.01', '4200.00')).toBe(false);
    expect(sameDealField('value', '42OO', '4200.00')).toBe(false);
    expect(sameDealField('ownerId', 'a', 'a')).toBe(true);
  });
});
