import { z } from 'zod';

const YEAR = 365.25 * 86_400_000;

/** A due time within ten years of now either way: a real plan, not a typo's year 0002 or 9999. */
export const dueAt = z
  .union([z.date(), z.string()])
  .transform((value) => new Date(value))
  .refine((date) => !Number.isNaN(date.getTime()), 'must be a date-time')
  .refine(
    (date) => Math.abs(date.getTime() - Date.now()) <= 10 * YEAR,
    'must be within ten years of today',
  );
