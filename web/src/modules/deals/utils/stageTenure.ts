import { formatDate } from '../../../lib/formatDate';
import { plural } from '../../../lib/plural';

/**
 * Where a deal stands, for its page's header: "Negotiation for 12 days" while it is open; "Won on
 * Mar 24, 2026" once closed, where its days in the stage (counted up to the close, so 0 for a
 * deal that entered Won as it closed) read as "Won for 0 days" months later.
 */
export function stageTenure(deal: {
  daysInStage: number;
  closedAt?: string | null;
  stage: { name: string; kind: string };
}): string {
  if (deal.stage.kind !== 'OPEN' && deal.closedAt)
    return `${deal.stage.name} on ${formatDate(deal.closedAt)}`;
  return `${deal.stage.name} for ${plural(deal.daysInStage, 'day')}`;
}
