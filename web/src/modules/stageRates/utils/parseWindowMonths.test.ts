import { describe, expect, it } from 'vitest';
import { parseWindowMonths } from './parseWindowMonths';

describe('parseWindowMonths', () => {
  it('takes whole months from 1 to 60', () => {
    expect(parseWindowMonths(' 12 ')).toEqual({ months: 12 });
    expect(parseWindowMonths('1')).toEqual({ months: 1 });
    expect(parseWindowMonths('60')).toEqual({ months: 60 });
  });
  it('refuses anything else in plain words', () => {
    for (const text of ['', 'twelve', '1.5', '-3'])
      expect(parseWindowMonths(text)).toEqual({
        error: 'Enter a whole number of months, from 1 to 60.',
      });
    for (const text of ['0', '61'])
      expect(parseWindowMonths(text)).toEqual({ error: 'Enter a number of months from 1 to 60.' });
  });
});
