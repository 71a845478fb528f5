import { fieldLimits } from '../../../__generated__/fieldLimits';
import { lengthError } from '../../../lib/lengthError';

export type PlanValues = { subject: string; due: string };

/**
 * Checks before sending: a subject, and a due time the browser can read (`datetime-local`, in the
 * browser's time zone). The server checks the range (within ten years) and its errors show the
 * same way. Returns the errors by field, and the due time as an instant when it is valid.
 */
export function validatePlan(values: PlanValues): {
  errors: Record<string, string>;
  dueAt?: string;
} {
  const errors: Record<string, string> = {};
  const subject = values.subject.trim();
  if (!subject) errors.subject = 'Say what is to be done.';
  const tooLong = lengthError(subject, fieldLimits.PlanActivityInput.subject);
  if (tooLong) errors.subject = tooLong;
  const due = parseLocal(values.due);
  if (!due) errors.dueAt = 'Pick a day and a time.';
  return due ? { errors, dueAt: due.toISOString() } : { errors };
}

/** A `datetime-local` value as the instant it names in the browser's time zone. */
export function parseLocal(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
