import { describe, expect, it } from 'vitest';
import { fieldLimits } from '../../../__generated__/fieldLimits';
import { validateDealForm } from './validateDealForm';

const valid = {
  title: 'Acme — Pilot',
  value: '12500.50',
  ownerId: '',
  expectedCloseDate: '2026-12-31',
  customerId: 'cus-1',
  customerName: 'Acme',
};

describe('validateDealForm', () => {
  it('accepts a valid deal', () => {
    expect(validateDealForm(valid)).toEqual({});
  });
  it('takes a title as long as the schema allows, and no longer', () => {
    const max = fieldLimits.UpdateDealInput.title;
    expect(validateDealForm({ ...valid, title: 't'.repeat(max) })).toEqual({});
    expect(validateDealForm({ ...valid, title: 't'.repeat(max + 1) }).title).toMatch(
      `${max} characters`,
    );
  });
  it('asks for a customer picked from the list when a name was typed, or none', () => {
    expect(validateDealForm({ ...valid, customerId: '', customerName: 'Acm' }).customerId).toBe(
      'Pick a customer from the list, or clear the field.',
    );
    expect(validateDealForm({ ...valid, customerId: '', customerName: ' ' })).toEqual({});
  });
  it('reports each bad field', () => {
    expect(
      validateDealForm({ ...valid, title: ' ', value: '-3', expectedCloseDate: '31/12/2026' }),
    ).toEqual({
      title: 'A deal needs a title.',
      value: 'Enter an amount of up to 12 digits with at most 2 decimals, like 12500 or 12500.50.',
      expectedCloseDate: 'Use a date like 2026-12-31.',
    });
  });
  it('refuses an amount the API’s Decimal would refuse (20 digits), before sending it', () => {
    expect(validateDealForm({ ...valid, value: '12345678901234567890' }).value).toMatch(
      /up to 12 digits/,
    );
  });
});
