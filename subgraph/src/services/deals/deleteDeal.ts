import type { Context } from '../../types/context';
import type { MutationDeleteDealArgs } from '../../__generated__/resolvers-types';
import { assertCanChange } from '../common/authorize';
import { notFound } from '../common/errors';
import { recordActivity } from '../activities/recordActivity';
import { claimDealVersion } from './claimDealVersion';
import { closeGap, lockStages } from './dealColumn';
import { staleVersion } from './moveDeal';

/** Deletes a deal (the timeline keeps a DELETED record); its column stays dense. */
export async function deleteDeal(
  { prisma, tenantId, principal }: Context,
  { id, expectedVersion }: MutationDeleteDealArgs,
): Promise<string> {
  const deal = await prisma.deal.findFirst({ where: { id, tenantId } });
  if (!deal) throw notFound('Deal', id);
  assertCanChange(principal, deal.ownerId, 'deal');
  if (deal.version !== expectedVersion) throw staleVersion(id, expectedVersion, deal.version);
  await prisma.$transaction(async (tx) => {
    // The lock order of moves: the column's stage row, then the deal row.
    await lockStages(tx, [deal.stageId]);
    const current = await claimDealVersion(tx, tenantId, id, expectedVersion);
    if (current.stageId !== deal.stageId)
      throw staleVersion(id, expectedVersion, current.version - 1);
    await tx.deal.delete({ where: { id } });
    await closeGap(tx, current.stageId, current.position);
    await recordActivity(tx, {
      tenantId,
      actorId: principal.userId,
      type: 'DELETED',
      dealId: id,
      leadId: current.leadId,
      payload: { deleted: true, title: current.title, value: current.value.toFixed(2) },
    });
  });
  return id;
}
