import type { Context } from '../../types/context';
import type { Deal } from '../../db/generated/client';
import type { QueryRottingDealsArgs } from '../../__generated__/resolvers-types';
import { pageSize } from '../common/cursor';
import { dealWhereFor } from './dealWhereFor';

/** Open deals past their stage's rotting days, the longest-waiting first. */
export async function listRottingDeals(
  context: Context,
  { pipelineId, first }: QueryRottingDealsArgs,
): Promise<Deal[]> {
  const where = await dealWhereFor(context, {
    rottingOnly: true,
    ...(pipelineId ? { pipelineId } : {}),
  });
  return context.prisma.deal.findMany({
    where,
    orderBy: { stageEnteredAt: 'asc' },
    take: pageSize(first),
  });
}
