import type { Context } from '../../types/context';
import { dealWhere } from './dealWhere';
import { pageSize } from '../common/cursor';

/** Open deals past their stage's rotting days, the longest-waiting first. */
export async function listRottingDeals(
  { prisma, tenantId }: Context,
  pipelineId: string | null | undefined,
  first: number | null | undefined,
) {
  const stages = await prisma.pipelineStage.findMany({
    where: { tenantId, kind: 'OPEN', rottingDays: { not: null } },
  });
  return prisma.deal.findMany({
    where: dealWhere(
      tenantId,
      { rottingOnly: true, ...(pipelineId ? { pipelineId } : {}) },
      stages,
    ),
    orderBy: { stageEnteredAt: 'asc' },
    take: pageSize(first),
  });
}
