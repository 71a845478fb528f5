import type { Context } from '../../types/context';
import type { MutationDeleteLeadArgs } from '../../__generated__/resolvers-types';
import { assertCanChange } from '../common/authorize';
import { notFound } from '../common/errors';
import { recordActivity } from '../activities/recordActivity';
import { moveToTrash } from '../trash/moveToTrash';
import { RESTORE_WINDOW_DAYS } from '../trash/restoreWindow';

/**
 * Deletes a lead softly (ADR 030): the row, its score history and the link to its deal move to
 * the trash, where `restoreLead` finds them for RESTORE_WINDOW_DAYS. Its deal, if any, stays
 * (unlinked). The timeline keeps a DELETED record.
 */
export async function deleteLead(
  { prisma, tenantId, principal }: Context,
  { id }: MutationDeleteLeadArgs,
): Promise<string> {
  const lead = await prisma.lead.findFirst({ where: { id, tenantId } });
  if (!lead) throw notFound('Lead', id);
  assertCanChange(principal, lead.ownerId, 'lead');
  await prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Lead" WHERE id = ${id} AND "tenantId" = ${tenantId} FOR UPDATE`;
    if (!locked) throw notFound('Lead', id);
    await moveToTrash(tx, { tenantId, kind: 'Lead', id, deletedBy: principal.userId });
    await recordActivity(tx, {
      tenantId,
      actorId: principal.userId,
      type: 'DELETED',
      leadId: id,
      payload: {
        deleted: true,
        name: lead.name,
        email: lead.email,
        restorableDays: RESTORE_WINDOW_DAYS,
      },
    });
  });
  return id;
}
