import { describe, expect, it } from 'vitest';
import { ISO_4217_CODES } from './iso4217';
import { currency } from './validate';

describe('ISO 4217 currencies', () => {
  it('accepts the currencies in circulation and refuses made-up codes and units of account', () => {
    for (const code of ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'INR', 'BRL', 'XOF']) {
      expect(currency.safeParse(code).success).toBe(true);
    }
    for (const code of ['XYZ', 'ABC', 'XDR', 'XSU', 'usd', 'US', 'DOLLAR']) {
      expect(currency.safeParse(code).success).toBe(false);
    }
    expect(currency.safeParse('XYZ').error?.issues[0]?.message).toBe(
      'is not an ISO 4217 currency in circulation',
    );
  });

  it('is a list of three-letter codes without duplicates', () => {
    expect(ISO_4217_CODES.size).toBeGreaterThan(150);
    for (const code of ISO_4217_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
  });
});
