import { fieldLimits } from '../../../__generated__/fieldLimits';
import { lengthError } from '../../../lib/lengthError';

export type NewLeadValues = { name: string; email: string; company: string; source: string };

/** Checks before sending; the server checks again (an email's form too) and its errors show the same way. */
export function validateNewLead(values: NewLeadValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const limits = fieldLimits.CreateLeadInput;
  if (!values.name.trim()) errors.name = 'A lead needs a name.';
  if (!values.source) errors.source = 'Pick where the lead came from.';
  for (const key of ['name', 'email', 'company'] as const) {
    const tooLong = lengthError(values[key].trim(), limits[key]);
    if (tooLong) errors[key] = tooLong;
  }
  return errors;
}
