import type { Context } from '../../types/context';
import { Prisma, type Deal, type PipelineStage } from '../../db/generated/client';
import { transactRaw } from '../../db/rawReads';
import type { MutationMoveDealArgs } from '../../__generated__/resolvers-types';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { assertCanChange } from '../common/authorize';
import { internalError, notFound, userError } from '../common/errors';
import { lockDealForMove, staleVersion } from './claimDealVersion';
import { lostReasonFor } from './lostReasonFor';
import { changesOutcome, moveDealInTx, type PlaceBefore } from './moveDealInTx';
import { scheduleLearnedRates } from './recomputeLearnedRates';
import { scheduleColumnRebalance } from './scheduleColumnRebalance';
import { keyIsShared } from './dealColumn';

/**
 * Stage change and reorder within a column in one call, with optimistic concurrency. A move into
 * a LOST stage needs a reason; into an OPEN or WON stage the deal's reason is cleared.
 *
 * One short transaction of raw statements (ADR 050): the two stage rows locked and read, the deal
 * row locked with its version and the target's neighbour keys, then one write of the deal, its
 * activity and its lead. Every check runs under those locks; a failed one rolls back. A reopen
 * given `back` (the place its close recorded) reads one more statement for it (`placeAtKey`).
 */
export async function moveDeal(
  { prisma, principal, tenantId, loaders, notify }: Context,
  args: MutationMoveDealArgs,
  { reopening = false, back = null }: { reopening?: boolean; back?: PlaceBefore | null } = {},
): Promise<Deal> {
  if (!Number.isInteger(args.position) || args.position < 0) {
    throw userError('position: must be a whole number ≥ 0', 'position');
  }
  const { moved, from, target, index, rebalance } = await transactRaw(prisma, async (sql) => {
    // Lock order for every change of a column (moves, closes, reopens, creates, deletes; ADR 020):
    // the stage rows in id order (the target and the deal's stage as last committed), then the
    // deal row (its version checked), then the linked lead. The stage rows are read as they lock.
    const stages = await sql<PipelineStage>(Prisma.sql`
      SELECT * FROM "PipelineStage"
      WHERE "tenantId" = ${tenantId} AND (id = ${args.stageId} OR id = (
        SELECT "stageId" FROM "Deal" WHERE id = ${args.id} AND "tenantId" = ${tenantId}))
      ORDER BY id FOR KEY SHARE`);
    const deal = await lockDealForMove(sql, tenantId, args.id, args.stageId, args.position);
    if (!deal) throw notFound('Deal', args.id);
    assertCanChange(principal, deal.ownerId, 'deal');
    const target = stages.find((s) => s.id === args.stageId);
    const from = stages.find((s) => s.id === deal.stageId);
    if (!from) {
      // Moved by someone else after the stage rows were read: its column is not locked.
      if (deal.version !== args.expectedVersion)
        throw staleVersion(deal.id, args.expectedVersion, deal.version);
      throw internalError(`Stage ${deal.stageId} of deal ${deal.id} is missing`);
    }
    if (!target) throw userError(`stageId: unknown stage ${args.stageId}`, 'stageId');
    if (target.pipelineId !== deal.pipelineId) {
      throw userError('stageId: the stage belongs to another pipeline than the deal', 'stageId');
    }
    const lostReason = lostReasonFor(target, args.lostReason, {
      field: 'lostReason',
      max: fieldLimits.Mutation.moveDeal.lostReason,
    });
    if (deal.version !== args.expectedVersion)
      throw staleVersion(deal.id, args.expectedVersion, deal.version);
    const placed = await moveDealInTx(
      sql,
      principal,
      deal,
      from,
      target,
      lostReason,
      reopening,
      back,
    );
    return { ...placed, from, target };
  });
  // The answer's `stage` (and its rotting and win probability) are these rows: no second read.
  loaders.primeStages([from, target]);
  // The index the move gave is the deal's position in the answer (no second read).
  loaders.dealIndex.prime(moved, index);
  // After the commit, coalesced per pipeline, outside the move's locks (ADR 020).
  if (changesOutcome(from, target)) void scheduleLearnedRates(prisma, tenantId, moved.pipelineId);
  // Keys grown long at one spot (or clashed): short keys again in the background (ADR 023). A
  // deal put back at its recorded key may share it with one put back at the same moment.
  if (rebalance || (back && (await keyIsShared(prisma, target.id, moved.id, moved.position))))
    void scheduleColumnRebalance(prisma, target.id);
  // Its stage is a feature of its win probability (ADR 039); a close or a reopen also changes its
  // customer's deals won and lost, features of the customer's open leads and deals.
  if (from.id !== target.id)
    await notify({
      name: 'deal/updated',
      data: {
        tenantId,
        dealId: moved.id,
        ...(changesOutcome(from, target) && moved.customerId
          ? { customerId: moved.customerId }
          : {}),
      },
    });
  return moved;
}
