import type { Context } from '../../types/context';
import type { MutationDeleteDealArgs } from '../../__generated__/resolvers-types';
import { assertCanChange } from '../common/authorize';
import { notFound } from '../common/errors';
import { recordActivity } from '../activities/recordActivity';
import { moveToTrash } from '../trash/moveToTrash';
import { RESTORE_WINDOW_DAYS } from '../trash/restoreWindow';
import { lockDealVersion } from './claimDealVersion';
import { staleVersion } from './claimDealVersion';
import { scheduleLearnedRates } from './recomputeLearnedRates';

/**
 * Deletes a deal softly (ADR 030): its row moves to the trash, where `restoreDeal` finds it for
 * RESTORE_WINDOW_DAYS; the timeline keeps a DELETED record. The other deals keep their keys, so
 * only the deal's row is locked (ADR 023): no stage lock.
 */
export async function deleteDeal(
  { prisma, tenantId, principal }: Context,
  { id, expectedVersion }: MutationDeleteDealArgs,
): Promise<string> {
  const deal = await prisma.deal.findFirst({ where: { id, tenantId }, include: { stage: true } });
  if (!deal) throw notFound('Deal', id);
  assertCanChange(principal, deal.ownerId, 'deal');
  if (deal.version !== expectedVersion) throw staleVersion(id, expectedVersion, deal.version);
  await prisma.$transaction(async (tx) => {
    const current = await lockDealVersion(tx, tenantId, id, expectedVersion);
    await moveToTrash(tx, { tenantId, kind: 'Deal', id, deletedBy: principal.userId });
    await recordActivity(tx, {
      tenantId,
      actorId: principal.userId,
      type: 'DELETED',
      dealId: id,
      leadId: current.leadId,
      payload: {
        deleted: true,
        title: deal.title,
        value: deal.value.toFixed(2),
        restorableDays: RESTORE_WINDOW_DAYS,
      },
    });
  });
  // A closed deal leaves the history the stage rates learn from.
  if (deal.stage.kind !== 'OPEN') void scheduleLearnedRates(prisma, tenantId, deal.pipelineId);
  return id;
}
