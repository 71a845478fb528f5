import type { ClosedDeal } from '../../loaders/loadClosedDeals';
import type { DealHistory } from './leadFeatures';

/**
 * Deals won and lost with a customer that closed strictly before `before`, never counting the
 * lead's own deal: for training `before` is the lead's creation, so no outcome leaks into its
 * features.
 */
export function dealHistory(
  deals: readonly ClosedDeal[] | undefined,
  leadId: string,
  before: Date,
): DealHistory {
  let won = 0;
  let lost = 0;
  const cutoff = before.getTime();
  for (const deal of deals ?? []) {
    if (deal.closedAt.getTime() >= cutoff) break;
    if (deal.leadId === leadId) continue;
    if (deal.won) won += 1;
    else lost += 1;
  }
  return { won, lost };
}
