import type { Context } from '../../types/context';
import type { Deal } from '../../db/generated/client';
import { notFound, userError } from '../common/errors';
import { assertCanChange } from '../common/authorize';
import { recordActivity } from '../activities/recordActivity';
import { claimDealVersion, staleVersion } from './claimDealVersion';
import { moveDeal } from './moveDeal';

/** Closes a deal won or lost: a move to the top of its pipeline's first WON or LOST column. */
export async function closeDeal(
  context: Context,
  args: { id: string; expectedVersion: number; outcome: 'WON' | 'LOST'; lostReason: string | null },
): Promise<Deal> {
  const found = await context.prisma.deal.findFirst({
    where: { id: args.id, tenantId: context.tenantId },
    include: { stage: { select: { kind: true } } },
  });
  if (!found) throw notFound('Deal', args.id);
  const { stage: current, ...deal } = found;
  // Already closed that way: a second markDealWon bumped the version (failing every other open
  // editor with CONFLICT) and logged a move from position 0 to 0; a lost deal's new reason was
  // dropped. Now the same outcome writes nothing, and a new reason is a change of the reason.
  if (current.kind === args.outcome) {
    assertCanChange(context.principal, deal.ownerId, 'deal');
    if (deal.version !== args.expectedVersion)
      throw staleVersion(args.id, args.expectedVersion, deal.version);
    if (args.outcome === 'WON' || deal.lostReason === args.lostReason) return deal;
    return context.prisma.$transaction(async (tx) => {
      await claimDealVersion(tx, context.tenantId, args.id, args.expectedVersion);
      const changed = await tx.deal.update({
        where: { id: args.id },
        data: { lostReason: args.lostReason },
      });
      await recordActivity(tx, {
        tenantId: context.tenantId,
        actorId: context.principal.userId,
        type: 'UPDATED',
        dealId: args.id,
        payload: { lostReason: { from: deal.lostReason, to: args.lostReason } },
      });
      return changed;
    });
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
