import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcDate, utcTimestamp } from './rawReads';

// The reading every raw read used before, and which the field-by-field one must match.
const throughString = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Both readings of `text` give the same instant, or both an invalid date. */
const sameReading = (got: Date, expected: Date, text: string) =>
  expect(Number.isNaN(got.getTime()) ? 'invalid' : got.getTime(), text).toBe(
    Number.isNaN(expected.getTime()) ? 'invalid' : expected.getTime(),
  );

/** A timestamp as PostgreSQL writes it: trailing zeros of the fraction dropped, as it does. */
function postgresText(date: Date, micros: number): string {
  const whole = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)} ${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)}`;
  const fraction = pad(date.getUTCMilliseconds() * 1000 + micros, 6).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

describe('utcTimestamp', () => {
  it('reads every timestamp of years 1000-9999 as the date string did, to the millisecond', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1000-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59.999Z'),
        }),
        fc.integer({ min: 0, max: 999 }),
        (date, micros) => {
          const text = postgresText(date, micros);
          expect(utcTimestamp(text).getTime()).toBe(throughString(text).getTime());
          expect(utcTimestamp(text).getTime()).toBe(date.getTime());
        },
      ),
      { numRuns: 20_000, seed: 7 },
    );
  });

  it('gives what the date string gives outside the common form', () => {
    for (const text of [
      '0044-03-15 12:00:00',
      '0999-12-31 23:59:59.5',
      '0044-03-15 12:00:00 BC',
      '12345-01-01 00:00:00',
      'infinity',
      '-infinity',
      '1969-12-31 23:59:59.9995',
      '2026-11-30 07:41:32.',
    ])
      sameReading(utcTimestamp(text), throughString(text), text);
  });

  it('reads dates as midnight UTC as the date string did', () => {
    const throughDateString = (text: string) => new Date(`${text}T00:00:00Z`);
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z') }),
        (date) => {
          const text = postgresText(date, 0).slice(0, 10);
          expect(utcDate(text).getTime()).toBe(throughDateString(text).getTime());
        },
      ),
      { numRuns: 20_000, seed: 7 },
    );
    for (const text of ['0044-03-15', '0044-03-15 BC', '12345-01-01', 'infinity'])
      sameReading(utcDate(text), throughDateString(text), text);
  });
});
