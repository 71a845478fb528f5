import { fieldLimits } from '../../../__generated__/fieldLimits';
import { amountError } from '../../../lib/amountError';
import { lengthError } from '../../../lib/lengthError';

export type DealFormValues = {
  title: string;
  value: string;
  ownerId: string;
  expectedCloseDate: string;
  /** The linked customer's id ('' for none) and what the customer field shows. */
  customerId: string;
  customerName: string;
};

/** Client-side checks before saving; the server validates again and its field errors are shown too. */
export function validateDealForm(values: DealFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  const tooLong = lengthError(title, fieldLimits.UpdateDealInput.title);
  if (!title) errors.title = 'A deal needs a title.';
  else if (tooLong) errors.title = tooLong;
  const badAmount = amountError(values.value);
  if (badAmount) errors.value = badAmount;
  if (values.expectedCloseDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.expectedCloseDate))
    errors.expectedCloseDate = 'Use a date like 2026-12-31.';
  if (values.customerName.trim() && !values.customerId)
    errors.customerId = 'Pick a customer from the list, or clear the field.';
  return errors;
}
