import { describe, expect, it } from 'vitest';
import { messageField, plainWords } from './plainWords';

describe('plainWords', () => {
  it('rephrases the server’s rules without the field name', () => {
    expect(plainWords('name: must be at most 120 characters')).toBe(
      'Keep it to 120 characters or fewer.',
    );
    expect(plainWords('id: a pipeline needs a WON stage')).toBe(
      'A pipeline needs a Won stage, so its only one can’t be deleted.',
    );
    expect(plainWords('probability: must be between 0 and 1')).toBe(
      'Enter a percentage between 0 and 100.',
    );
    expect(plainWords('currency: is not an ISO 4217 currency in circulation')).toBe(
      'That is not a currency code in use. Try one such as USD, EUR or GBP.',
    );
  });

  it('reads a variable graphql-js refused (the "400: Bad Request" of a 20-digit amount)', () => {
    const message =
      'Variable "$input" got invalid value "12345678901234567890" at "input.value"; Decimal must be a number of at most 12 digits before the point and 2 after, e.g. "1250.00"; got "12345678901234567890"';
    expect(messageField(message, undefined)).toBe('value');
    expect(plainWords(message)).toMatch(/^Enter an amount of up to 12 digits/);
  });

  it('reads a date out of range, at its field when the variable has a path', () => {
    const inInput =
      'Variable "$input" got invalid value "9999-12-31T23:59:00.000Z" at "input.dueAt"; must be a date between 1900 and 2200';
    expect(messageField(inInput, undefined)).toBe('dueAt');
    expect(plainWords(inInput)).toBe('Pick a date between 1900 and 2200.');
    const argument =
      'Variable "$dueAt" got invalid value "9999-12-31T23:59:00.000Z"; must be a date between 1900 and 2200';
    expect(messageField(argument, undefined)).toBeUndefined();
    expect(plainWords(argument)).toBe('Pick a date between 1900 and 2200.');
  });

  it('keeps unknown messages, as a sentence without the field', () => {
    expect(plainWords('ownerId: no such user')).toBe('No such user.');
    expect(messageField('whatever', 'input.title')).toBe('title');
  });
});
