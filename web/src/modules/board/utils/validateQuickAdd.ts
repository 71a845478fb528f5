import { fieldLimits } from '../../../__generated__/fieldLimits';
import { amountError } from '../../../lib/amountError';
import { lengthError } from '../../../lib/lengthError';

export type QuickAddValues = { title: string; value: string; customer: string };

/**
 * Checks before sending; the server checks again and its field errors are shown the same way.
 * `customerId` is the customer picked from the suggestions (undefined when none was).
 */
export function validateQuickAdd(
  values: QuickAddValues,
  customerId: string | undefined,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  if (!title) errors.title = 'A deal needs a title.';
  else {
    const tooLong = lengthError(title, fieldLimits.CreateDealInput.title);
    if (tooLong) errors.title = tooLong;
  }
  const badAmount = amountError(values.value);
  if (badAmount) errors.value = badAmount;
  if (values.customer.trim() && !customerId)
    errors.customerId = 'Pick a customer from the list, or clear the field.';
  return errors;
}
