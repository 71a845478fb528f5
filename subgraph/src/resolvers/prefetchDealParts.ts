import type { GraphQLResolveInfo } from 'graphql';
import type { Deal } from '../db/generated/client';
import type { Loaders } from '../loaders/createLoaders';
import { leadLoaderFor } from './Lead';
import { childSelection, selectedFields } from './selectedFields';

/**
 * Reads what a list's deals are asked for beside them (owner, lead, next step), one batch each,
 * before the list is returned: each card's field then answers at once from its loader (`loadNow`)
 * instead of with a promise. The same statements as the cards' own loads would make (issue 11,
 * ADR 077). A read that fails is left to the card's field, which asks again and reports it as
 * before.
 */
export async function prefetchDealParts(
  loaders: Loaders,
  deals: readonly Pick<Deal, 'id' | 'ownerId' | 'leadId'>[],
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): Promise<void> {
  if (deals.length === 0) return;
  const asked = selectedFields(info);
  const reads: Promise<unknown>[] = [];
  const keys = (of: (deal: (typeof deals)[number]) => string | null) => [
    ...new Set(deals.map(of).filter((key): key is string => key !== null)),
  ];
  if (asked.has('owner')) reads.push(loaders.user.readAhead(keys((deal) => deal.ownerId)));
  if (asked.has('lead'))
    reads.push(
      leadLoaderFor(loaders, childSelection(info, 'lead')).readAhead(keys((deal) => deal.leadId)),
    );
  if (asked.has('nextActivity'))
    reads.push(loaders.nextActivityOf('dealId').readAhead(keys((deal) => deal.id)));
  // A failed read is not the list's error: each card's field reads again and reports its own.
  await Promise.all(reads.map((read) => read.catch(() => undefined)));
}
