import type { AutomationRunParent } from '../../types/mappers';
import type { RunLogFilter } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { assertAdmin } from '../common/authorize';
import { MAX_RUNS_PAGE } from '../routing/listRoutingRuns';

/** The automation run log, newest first. */
export async function listAutomationRuns(
  context: Context,
  filter: RunLogFilter | null | undefined,
  first: number | null | undefined,
): Promise<AutomationRunParent[]> {
  assertAdmin(context.principal, 'see the automation log');
  return context.prisma.automationRun.findMany({
    where: {
      tenantId: context.tenantId,
      ...(filter?.leadId ? { leadId: filter.leadId } : {}),
      ...(filter?.dealId ? { dealId: filter.dealId } : {}),
      ...(filter?.automationId ? { automationId: filter.automationId } : {}),
    },
    include: { automation: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: Math.min(Math.max(first ?? 50, 1), MAX_RUNS_PAGE),
  });
}
