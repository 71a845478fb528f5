import type { UpdateDealInput } from '../../../__generated__/graphql';
import { amountError } from '../../../lib/amountError';
import { parseDecimal } from '../../../lib/decimalCents';
import type { DealFormValues } from './validateDealForm';

/**
 * Whether a field shows the same thing as the deal has: an amount by its value ("4200" is the
 * server's "4200.00"), a title without the spaces around it, anything else as typed.
 */
export function sameDealField(key: keyof DealFormValues, typed: string, stored: string): boolean {
  if (key === 'value')
    return (
      typed === stored ||
      (!amountError(typed) &&
        !amountError(stored) &&
        parseDecimal(typed, 2) === parseDecimal(stored, 2))
    );
  if (key === 'title') return typed.trim() === stored;
  return typed === stored;
}

/**
 * What a save sends: only the fields that differ from the deal as stored, so a save that would
 * change nothing sends nothing (and the server writes nothing).
 */
export function dealEditChanges(saved: DealFormValues, values: DealFormValues): UpdateDealInput {
  const input: UpdateDealInput = {};
  const changed = (key: keyof DealFormValues) => !sameDealField(key, values[key], saved[key]);
  if (changed('title')) input.title = values.title.trim();
  if (changed('value')) input.value = values.value.trim();
  if (changed('ownerId')) input.ownerId = values.ownerId || null;
  if (changed('expectedCloseDate')) input.expectedCloseDate = values.expectedCloseDate || null;
  if (changed('customerId')) input.customerId = values.customerId || null;
  return input;
}
