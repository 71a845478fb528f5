import type { ClosedDeal } from '../../loaders/loadClosedDeals';
import type { DealHistory } from './leadFeatures';

/**
 * Deals won and lost with a customer that closed strictly before `before`, never counting the
 * lead's own deal (its outcome is the label): `before` is the decision on the lead for a training
 * row and now for a live score.
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
