import { z } from 'zod';
import { userError } from './errors';

/** Parses input with a zod schema; the first problem becomes a BAD_USER_INPUT error naming its field. */
export function validate<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || undefined;
  throw userError(
    field ? `${field}: ${issue?.message}` : (issue?.message ?? 'Invalid input'),
    field,
  );
}

export const title = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters');
export const money = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d{1,2})?$/, 'must be a decimal number with at most 2 decimals')
  .refine((v) => !v.startsWith('-'), 'must not be negative');
export const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as USD');
export const probability = z
  .number()
  .min(0, 'must be between 0 and 1')
  .max(1, 'must be between 0 and 1');
export const rottingDays = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(3650, 'must be at most 3650');
export const name = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters');
