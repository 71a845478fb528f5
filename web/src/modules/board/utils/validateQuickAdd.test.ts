import { describe, expect, it } from 'vitest';
import { validateQuickAdd } from './validateQuickAdd';

describe('validateQuickAdd', () => {
  it('accepts a title and an amount, with no customer', () => {
    expect(
      validateQuickAdd({ title: 'Fleet renewal', value: '4200', customer: '' }, undefined),
    ).toEqual({});
  });

  it('names each field that is wrong, in plain words', () => {
    const errors = validateQuickAdd(
      { title: '  ', value: '12.345', customer: 'Nobody' },
      undefined,
    );
    expect(errors.title).toBe('A deal needs a title.');
    expect(errors.value).toMatch(/at most 2 decimals/);
    expect(errors.customerId).toMatch(/Pick a customer/);
  });

  it('refuses a title over the schema limit', () => {
    const errors = validateQuickAdd(
      { title: 'x'.repeat(201), value: '1', customer: '' },
      undefined,
    );
    expect(errors.title).toMatch(/200 characters/);
  });

  it('accepts a typed customer that matches a suggestion', () => {
    expect(validateQuickAdd({ title: 'A', value: '1', customer: 'Acme' }, 'c-1')).toEqual({});
  });
});
