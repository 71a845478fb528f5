import type { Context } from '../../types/context';
import type { MutationRefreshLeadScoresArgs } from '../../__generated__/resolvers-types';
import { assertLeadsExist } from '../common/assertReferences';
import { assertManager } from '../common/authorize';
import { userError } from '../common/errors';
import { runLeadRescore, type RefreshOutcome } from './runLeadRescore';

/**
 * Rescores the named open leads (anyone may), or every open lead of the tenant when `ids` is
 * omitted (managers and admins only: it is a tenant-wide run).
 */
export async function refreshLeadScores(
  context: Context,
  { ids }: MutationRefreshLeadScoresArgs,
): Promise<RefreshOutcome> {
  const { prisma, tenantId, principal } = context;
  if (!ids) assertManager(principal, 'refresh the scores of all leads');
  else if (ids.length === 0)
    // An empty list recorded an empty run; it is the client's mistake, not a request for nothing.
    throw userError(
      'ids: give at least one lead id, or leave ids out to rescore every open lead (managers)',
      'ids',
    );
  else await assertLeadsExist(context, ids);
  return runLeadRescore(prisma, tenantId, ids);
}
