import { describe, expect, it } from 'vitest';
import { targetFormErrors } from './targetFormErrors';

describe('targetFormErrors', () => {
  it('accepts a month and an amount, with or without thousands separators', () => {
    expect(targetFormErrors({ month: '2026-11', ownerId: '', amount: '50,000.50' })).toEqual({});
    expect(targetFormErrors({ month: '2026-11', ownerId: 'user-1', amount: '0' })).toEqual({});
  });
  it('names the field and says what to enter', () => {
    expect(targetFormErrors({ month: '', ownerId: '', amount: '' })).toEqual({
      month: 'Pick a month.',
      amount: 'Enter the target amount, like 50000.',
    });
    expect(targetFormErrors({ month: '2026-11', ownerId: '', amount: '-5' }).amount).toBe(
      'Enter an amount of 0 or more.',
    );
    expect(
      targetFormErrors({ month: '2026-11', ownerId: '', amount: '1234567890123' }).amount,
    ).toMatch(/^Enter an amount of up to 12 digits/);
  });
});
