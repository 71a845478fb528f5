import type { Context } from '../../types/context';
import type { Deal } from '../../db/generated/client';
import type { MutationRestoreDealArgs } from '../../__generated__/resolvers-types';
import { assertCanChange } from '../common/authorize';
import { conflict } from '../common/errors';
import { recordActivity } from '../activities/recordActivity';
import { putBack, takeFromTrash } from '../trash/takeFromTrash';
import { keyIsShared, keysAtEnd, lockStages, placeAtKey } from './dealColumn';
import { scheduleLearnedRates } from './recomputeLearnedRates';
import { scheduleColumnRebalance } from './scheduleColumnRebalance';

/**
 * Puts a deleted deal back where it was (its stage and board key), one version further, within
 * the restore window (ADR 030). When its stage was deleted since, it comes back open at the end of
 * its pipeline's first open column. A customer or lead removed meanwhile is unlinked. Logged as
 * RESTORED.
 */
export async function restoreDeal(
  { prisma, tenantId, principal }: Context,
  { id }: MutationRestoreDealArgs,
): Promise<Deal> {
  const { restored, closed, rebalance } = await prisma.$transaction(async (tx) => {
    const { data } = await takeFromTrash(tx, { tenantId, kind: 'Deal', id });
    assertCanChange(principal, data.ownerId, 'deal');
    const deletedFrom = String(data.stageId);
    await lockStages(tx, [deletedFrom]);
    const own = await tx.pipelineStage.findFirst({ where: { id: deletedFrom, tenantId } });
    // A stage deleted since (its live deals went to another stage then): the deal comes back open,
    // at the end of its pipeline's first open column, as reopenDeal falls back (a stranger found
    // such deals listed as restorable and refused every time).
    const stage =
      own ??
      (await tx.pipelineStage.findFirst({
        where: { tenantId, pipelineId: String(data.pipelineId), kind: 'OPEN' },
        orderBy: [{ order: 'asc' }, { id: 'asc' }],
      }));
    if (!stage) {
      throw conflict(
        `Deal ${id} cannot be restored: its stage was deleted since and its pipeline has no open stage to put it in`,
        { field: 'id' },
      );
    }
    let moved = {};
    let rebalance = false;
    if (own) {
      // Its key, unless another deal has it now (a rebalance may have handed it out since it was
      // deleted): then right after that deal. Put back as it was, the key was shared by two deals.
      const placed = await placeAtKey(
        (query) => tx.$queryRaw(query),
        own.id,
        id,
        String(data.position),
      );
      if (placed.key !== data.position) moved = { position: placed.key };
      rebalance = placed.rebalance;
    } else {
      await lockStages(tx, [stage.id]);
      const [position] = await keysAtEnd(tx, stage.id);
      const now = new Date().toISOString();
      moved = {
        stageId: stage.id,
        position,
        stageEnteredAt: now,
        closedAt: null,
        lostReason: null,
      };
    }
    const stageId = stage.id;
    const customerId = data.customerId as string | null;
    const leadId = data.leadId as string | null;
    const customer = customerId
      ? await tx.customer.findFirst({ where: { id: customerId }, select: { id: true } })
      : null;
    const lead = leadId
      ? await tx.lead.findFirst({
          where: { id: leadId, tenantId, deal: null },
          select: { id: true },
        })
      : null;
    await putBack(tx, 'Deal', data, {
      ...moved,
      version: Number(data.version) + 1,
      customerId: customer?.id ?? null,
      leadId: lead?.id ?? null,
      updatedAt: new Date().toISOString(),
    });
    await recordActivity(tx, {
      tenantId,
      actorId: principal.userId,
      type: 'RESTORED',
      dealId: id,
      leadId: lead?.id ?? null,
      payload: {
        restored: true,
        title: String(data.title),
        stageId,
        stage: stage.name,
        ...(own ? {} : { deletedStageId: deletedFrom }),
      },
    });
    return {
      restored: await tx.deal.findUniqueOrThrow({ where: { id } }),
      closed: stage.kind !== 'OPEN',
      rebalance,
    };
  });
  if (closed) void scheduleLearnedRates(prisma, tenantId, restored.pipelineId);
  if (rebalance || (await keyIsShared(prisma, restored.stageId, restored.id, restored.position)))
    void scheduleColumnRebalance(prisma, restored.stageId);
  return restored;
}
