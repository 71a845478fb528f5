import type { Context } from '../../types/context';
import type { Deal } from '../../db/generated/client';
import type { MutationRestoreDealArgs } from '../../__generated__/resolvers-types';
import { assertCanChange } from '../common/authorize';
import { conflict } from '../common/errors';
import { recordActivity } from '../activities/recordActivity';
import { putBack, takeFromTrash } from '../trash/takeFromTrash';
import { lockStages } from './dealColumn';
import { scheduleLearnedRates } from './recomputeLearnedRates';

/**
 * Puts a deleted deal back where it was (its stage and board key), one version further, within
 * the restore window (ADR 030). Its stage must still exist; a customer or lead removed meanwhile
 * is unlinked. Logged as RESTORED.
 */
export async function restoreDeal(
  { prisma, tenantId, principal }: Context,
  { id }: MutationRestoreDealArgs,
): Promise<Deal> {
  const { restored, closed } = await prisma.$transaction(async (tx) => {
    const { data } = await takeFromTrash(tx, { tenantId, kind: 'Deal', id });
    assertCanChange(principal, data.ownerId, 'deal');
    const stageId = String(data.stageId);
    await lockStages(tx, [stageId]);
    const stage = await tx.pipelineStage.findFirst({ where: { id: stageId, tenantId } });
    if (!stage) {
      throw conflict(`Deal ${id} cannot be restored: its stage was deleted since`, {
        field: 'id',
      });
    }
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
      payload: { restored: true, title: String(data.title), stageId, stage: stage.name },
    });
    return {
      restored: await tx.deal.findUniqueOrThrow({ where: { id } }),
      closed: stage.kind !== 'OPEN',
    };
  });
  if (closed) void scheduleLearnedRates(prisma, tenantId, restored.pipelineId);
  return restored;
}
