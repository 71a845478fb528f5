import { describe, expect, it } from 'vitest';
import { amountError } from './amountError';

describe('amountError', () => {
  it('accepts what the Decimal scalar accepts', () => {
    for (const ok of ['0', '12500', '12500.5', '999999999999.99'])
      expect(amountError(ok)).toBe(undefined);
  });

  it('refuses 13+ digits, 3 decimals, signs and words, in words', () => {
    for (const bad of ['12345678901234567890', '1.234', '-5', 'ten', ''])
      expect(amountError(bad)).toMatch(/up to 12 digits/);
  });
});
