import type { Context } from '../../types/context';
import type { Deal } from '../../db/generated/client';
import type { MutationMoveDealArgs } from '../../__generated__/resolvers-types';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { assertCanChange } from '../common/authorize';
import { conflict, internalError, notFound, userError } from '../common/errors';
import { lockDealVersion } from './claimDealVersion';
import { lockStages } from './dealColumn';
import { lostReasonFor } from './lostReasonFor';
import { changesOutcome, moveDealInTx } from './moveDealInTx';
import { scheduleLearnedRates } from './recomputeLearnedRates';
import { scheduleColumnRebalance } from './scheduleColumnRebalance';

/**
 * Stage change and reorder within a column in one call, with optimistic concurrency. A move into
 * a LOST stage needs a reason; into an OPEN or WON stage the deal's reason is cleared.
 */
export async function moveDeal(
  { prisma, principal, tenantId, loaders, notify }: Context,
  args: MutationMoveDealArgs,
  { reopening = false }: { reopening?: boolean } = {},
): Promise<Deal> {
  if (!Number.isInteger(args.position) || args.position < 0) {
    throw userError('position: must be a whole number ≥ 0', 'position');
  }
  const deal = await prisma.deal.findFirst({ where: { id: args.id, tenantId } });
  if (!deal) throw notFound('Deal', args.id);
  assertCanChange(principal, deal.ownerId, 'deal');
  // The deal's stage and the target in one read (stage rows change only in settings).
  const stages = await prisma.pipelineStage.findMany({
    where: { tenantId, id: { in: [args.stageId, deal.stageId] } },
  });
  // The answer's `stage` (and its rotting and win probability) are these rows: no second read.
  loaders.primeStages(stages);
  const target = stages.find((s) => s.id === args.stageId);
  const from = stages.find((s) => s.id === deal.stageId);
  if (!from) throw internalError(`Stage ${deal.stageId} of deal ${deal.id} is missing`);
  if (!target) throw userError(`stageId: unknown stage ${args.stageId}`, 'stageId');
  if (target.pipelineId !== deal.pipelineId) {
    throw userError('stageId: the stage belongs to another pipeline than the deal', 'stageId');
  }
  const lostReason = lostReasonFor(target, args.lostReason, {
    field: 'lostReason',
    max: fieldLimits.Mutation.moveDeal.lostReason,
  });
  // A stale version fails before queueing for the column locks.
  if (deal.version !== args.expectedVersion)
    throw staleVersion(deal.id, args.expectedVersion, deal.version);
  const { moved, index, rebalance } = await prisma.$transaction(async (tx) => {
    // Lock order for every change of a column (moves, closes, reopens, creates, deletes): the
    // stage rows in id order, then the deal row (its version checked), then the linked lead.
    await lockStages(tx, [deal.stageId, target.id]);
    const current = await lockDealVersion(tx, tenantId, deal.id, args.expectedVersion);
    // Moved by someone else between our read and the lock: its column is not locked.
    if (current.stageId !== deal.stageId)
      throw staleVersion(deal.id, args.expectedVersion, current.version);
    return moveDealInTx(tx, principal, current, from, target, args.position, lostReason, reopening);
  });
  // The index the move gave is the deal's position in the answer (no second read).
  loaders.dealIndex.prime(moved, index);
  // After the commit, coalesced per pipeline, outside the move's locks (ADR 020).
  if (changesOutcome(from, target)) void scheduleLearnedRates(prisma, tenantId, deal.pipelineId);
  // Keys grown long at one spot (or clashed): short keys again in the background (ADR 023).
  if (rebalance) void scheduleColumnRebalance(prisma, target.id);
  // Its stage is a feature of its win probability (ADR 039).
  if (from.id !== target.id)
    await notify({ name: 'deal/updated', data: { tenantId, dealId: deal.id } });
  return moved;
}

export function staleVersion(id: string, expectedVersion: number, currentVersion: number) {
  return conflict(
    `Deal ${id} changed since version ${expectedVersion} (now ${currentVersion}); reload and retry`,
    { currentVersion },
  );
}
