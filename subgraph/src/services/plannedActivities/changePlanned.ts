import type { Context } from '../../types/context';
import type { PlannedActivity, Prisma } from '../../db/generated/client';
import { conflict, notFound } from '../common/errors';
import { assertCanChangePlanned, plannedTarget, type PlannedTarget } from './plannedTarget';

type Tx = Prisma.TransactionClient;

/**
 * Changes an open planned activity in one transaction: reads it, checks the caller may change it
 * and that its deal or lead still exists, then claims it with `UPDATE … WHERE status = 'OPEN'` so
 * that of two concurrent changes (complete and cancel, two completes) exactly one applies; the
 * other is a CONFLICT and writes nothing.
 */
export async function changePlanned(
  { prisma, tenantId, principal }: Context,
  id: string,
  data: Prisma.PlannedActivityUpdateManyMutationInput,
  after: (tx: Tx, planned: PlannedActivity, target: PlannedTarget) => Promise<void>,
): Promise<PlannedActivity> {
  const found = await prisma.plannedActivity.findFirst({ where: { id, tenantId } });
  if (!found) throw notFound('Planned activity', id);
  const target = await plannedTarget(prisma, tenantId, found);
  assertCanChangePlanned(principal, target, found.ownerId);
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.plannedActivity.updateMany({
      where: { id, tenantId, status: 'OPEN' },
      data,
    });
    const planned = await tx.plannedActivity.findUniqueOrThrow({ where: { id } });
    if (claimed.count === 0) {
      throw conflict(`Planned activity ${id} is ${planned.status.toLowerCase()}, not open`, {
        status: planned.status,
      });
    }
    await after(tx, planned, target);
    return planned;
  });
}
