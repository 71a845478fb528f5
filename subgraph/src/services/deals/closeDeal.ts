import type { Context } from '../../types/context';
import type { Deal } from '../../db/generated/client';
import { notFound, userError } from '../common/errors';
import { staleVersion } from './claimDealVersion';
import { moveDeal } from './moveDeal';

/** Closes a deal won or lost: a move to the top of its pipeline's first WON or LOST column. */
export async function closeDeal(
  context: Context,
  args: { id: string; expectedVersion: number; outcome: 'WON' | 'LOST'; lostReason: string | null },
): Promise<Deal> {
  const deal = await context.prisma.deal.findFirst({
    where: { id: args.id, tenantId: context.tenantId },
  });
  if (!deal) throw notFound('Deal', args.id);
  // Already closed that way (and lost for the same reason): nothing to do, and nothing is written.
  // A second markDealWon bumped the version (failing every other open editor with CONFLICT) and
  // logged a move from position 0 to 0.
  const current = await context.prisma.pipelineStage.findFirst({
    where: { id: deal.stageId, tenantId: context.tenantId },
    select: { kind: true },
  });
  if (
    current?.kind === args.outcome &&
    (args.outcome === 'WON' || deal.lostReason === args.lostReason)
  ) {
    if (deal.version !== args.expectedVersion)
      throw staleVersion(args.id, args.expectedVersion, deal.version);
    return deal;
  }
  const stage = await context.prisma.pipelineStage.findFirst({
    where: { pipelineId: deal.pipelineId, kind: args.outcome },
    orderBy: { order: 'asc' },
  });
  if (!stage) throw userError(`The deal's pipeline has no ${args.outcome} stage`, 'id');
  return moveDeal(context, {
    id: args.id,
    stageId: stage.id,
    position: 0,
    expectedVersion: args.expectedVersion,
    lostReason: args.lostReason,
  });
}
