import type { RoutingRun } from '../../db/generated/client';
import type { RunLogFilter } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { assertAdmin } from '../common/authorize';

export const MAX_RUNS_PAGE = 500;

/** The routing run log, newest first. */
export async function listRoutingRuns(
  context: Context,
  filter: RunLogFilter | null | undefined,
  first: number | null | undefined,
): Promise<RoutingRun[]> {
  assertAdmin(context.principal, 'see the routing log');
  return context.prisma.routingRun.findMany({
    where: {
      tenantId: context.tenantId,
      ...(filter?.leadId ? { leadId: filter.leadId } : {}),
      ...(filter?.ruleId ? { ruleId: filter.ruleId } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: Math.min(Math.max(first ?? 50, 1), MAX_RUNS_PAGE),
  });
}
