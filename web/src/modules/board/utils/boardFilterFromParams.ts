import { amountError } from '../../../lib/amountError';
import type { DealFilter } from '../../../__generated__/graphql';

/** The board's filters live in the URL so a filtered board can be shared and survives reloads. */
export function boardFilterFromParams(params: URLSearchParams): DealFilter {
  const filter: DealFilter = {};
  const owner = params.get('owner');
  const customer = params.get('customer');
  const min = params.get('min');
  const max = params.get('max');
  if (owner) filter.ownerId = owner;
  if (customer) filter.customerId = customer;
  // An amount the API would refuse is left out (the filter form says why) rather than sent.
  if (min && !amountError(min)) filter.minValue = min;
  if (max && !amountError(max)) filter.maxValue = max;
  if (params.get('rotting') === '1') filter.rottingOnly = true;
  const q = params.get('q')?.trim();
  if (q) filter.search = q;
  return filter;
}
