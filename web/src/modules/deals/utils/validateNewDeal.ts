import { fieldLimits } from '../../../__generated__/fieldLimits';
import { amountError } from '../../../lib/amountError';
import { lengthError } from '../../../lib/lengthError';
import type { NewDealValues } from './newDealValues';

/**
 * Checks before sending, keyed by the input field the server would name; the server checks again
 * and its field errors are shown the same way. A converted lead's title may be left empty (the
 * server names the deal after the lead's company).
 */
export function validateNewDeal(
  values: NewDealValues,
  { titleRequired }: { titleRequired: boolean },
): Record<string, string> {
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  if (!title && titleRequired) errors.title = 'A deal needs a title.';
  else {
    const tooLong = lengthError(title, fieldLimits.CreateDealInput.title);
    if (tooLong) errors.title = tooLong;
  }
  const badAmount = amountError(values.value);
  if (badAmount) errors.value = badAmount;
  if (!/^[A-Za-z]{3}$/.test(values.currency.trim()))
    errors.currency = 'Use a three-letter currency code such as USD.';
  if (!values.stageId) errors.stageId = 'Pick a pipeline with an open stage.';
  if (values.expectedCloseDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.expectedCloseDate))
    errors.expectedCloseDate = 'Use a date like 2026-12-31.';
  return errors;
}
