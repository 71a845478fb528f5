import type { Context } from '../../types/context';
import type { MutationRefreshLeadScoresArgs } from '../../__generated__/resolvers-types';
import { assertLeadsExist } from '../common/assertReferences';
import { assertManager } from '../common/authorize';
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
  else await assertLeadsExist(context, ids);
  return runLeadRescore(prisma, tenantId, ids);
}
