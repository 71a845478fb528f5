import { z } from 'zod';
import { userError } from './errors';
import { ISO_4217_CODES } from './iso4217';

/**
 * Parses input with a zod schema; the first problem becomes a BAD_USER_INPUT error naming its
 * field, or naming `at` (e.g. `inputs.3`) when the input is one item of a list.
 */
export function validate<T>(schema: z.ZodType<T>, input: unknown, at?: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join('.') || undefined;
  const message = path ? `${path}: ${issue?.message}` : (issue?.message ?? 'Invalid input');
  throw at ? userError(`${at}: ${message}`, at) : userError(message, path);
}

// A NUL, or a UTF-16 surrogate without its partner: PostgreSQL refuses the first in text and
// JSON, and UTF-8 has no encoding for the second (it would be stored as U+FFFD).
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE = 'must not contain NUL characters or unpaired UTF-16 surrogates';

/** Whether text can be stored as given: no NUL character and no unpaired surrogate. */
export function isStorableText(value: string): boolean {
  return !UNSAFE_TEXT.test(value);
}

/** The largest value of an Int column (PostgreSQL integer); counts above it cannot be stored. */
export const MAX_INT = 2_147_483_647;

/** A count typed as text (CSV cells): a whole number from 0 to MAX_INT, empty meaning 0. */
export const countText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? 0 : Number(v)))
  .pipe(
    z
      .number()
      .int('must be a whole number')
      .min(0, 'must be ≥ 0')
      .max(MAX_INT, `must be at most ${MAX_INT.toLocaleString('en-US')}`),
  );

/**
 * Trimmed text of at most `max` characters. Limits come from the schema's @limit directives
 * (`fieldLimits`), the one definition the SPA's forms read too.
 */
export function text(max: number) {
  return z
    .string()
    .trim()
    .max(max, `must be at most ${max.toLocaleString('en-US')} characters`)
    .refine(isStorableText, UNSAFE_TEXT_MESSAGE);
}

/** A character that shows: not a space, a control or format character, or an invisible one. */
const VISIBLE = /[^\p{C}\p{Z}\p{Default_Ignorable_Code_Point}]/u;
// Control characters other than tab, line feed and carriage return (a bell, an escape).
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Like `text`, not empty once trimmed, with at least one character that shows and no control
 * characters: a name of a bell, an escape or zero-width spaces was accepted and showed as nothing
 * (an attacker's report).
 */
export function requiredText(max: number) {
  return text(max)
    .min(1, 'must not be empty')
    .refine((v) => !CONTROL.test(v), 'must not contain control characters')
    .refine(
      (v) => VISIBLE.test(v),
      'must have a character that shows (not only spaces or invisible ones)',
    );
}

export const money = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d{1,2})?$/, 'must be a decimal number with at most 2 decimals')
  .refine((v) => !v.startsWith('-'), 'must not be negative');
export const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as USD')
  .refine((code) => ISO_4217_CODES.has(code), 'is not an ISO 4217 currency in circulation');
export const probability = z
  .number()
  .min(0, 'must be between 0 and 1')
  .max(1, 'must be between 0 and 1');
export const rottingDays = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(3650, 'must be at most 3650');
