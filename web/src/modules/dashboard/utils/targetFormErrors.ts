import { amountError } from '../../../lib/amountError';

export type TargetFormValues = { month: string; ownerId: string; amount: string };

/** The target form's own checks, before anything is sent; the server's messages are mapped alike. */
export function targetFormErrors(
  values: TargetFormValues,
): Partial<Record<keyof TargetFormValues, string>> {
  const errors: Partial<Record<keyof TargetFormValues, string>> = {};
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month)) errors.month = 'Pick a month.';
  if (!values.amount.trim()) errors.amount = 'Enter the target amount, like 50000.';
  else if (values.amount.trim().startsWith('-')) errors.amount = 'Enter an amount of 0 or more.';
  else {
    const invalid = amountError(values.amount.replace(/,/g, ''));
    if (invalid) errors.amount = invalid;
  }
  return errors;
}
