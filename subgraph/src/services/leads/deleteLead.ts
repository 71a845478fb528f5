import type { Context } from '../../types/context';
import type { MutationDeleteLeadArgs } from '../../__generated__/resolvers-types';
import { assertCanChange } from '../common/authorize';
import { recordActivity } from '../activities/recordActivity';
import { moveToTrash } from '../trash/moveToTrash';
import { RESTORE_WINDOW_DAYS } from '../trash/restoreWindow';
import { lockLeads, type LockedLead } from './lockLeads';

/**
 * Deletes a lead softly (ADR 030): the row, its score history and the link to its deal move to
 * the trash, where `restoreLead` finds them for RESTORE_WINDOW_DAYS. Its deal, if any, stays
 * (unlinked). The timeline keeps a DELETED record.
 */
export async function deleteLead(
  { prisma, tenantId, principal }: Context,
  { id }: MutationDeleteLeadArgs,
): Promise<string> {
  await prisma.$transaction(async (tx) => {
    // Its deal's row first (the deal loses its lead), then the lead's (ADR 020, 072): a lead
    // deleted or merged meanwhile is NOT_FOUND, one assigned meanwhile is checked as it is now.
    const [locked] = (await lockLeads(tx, tenantId, [id], { deals: true })) as [LockedLead];
    assertCanChange(principal, locked.ownerId, 'lead');
    await moveToTrash(tx, { tenantId, kind: 'Lead', id, deletedBy: principal.userId });
    await recordActivity(tx, {
      tenantId,
      actorId: principal.userId,
      type: 'DELETED',
      leadId: id,
      payload: {
        deleted: true,
        name: locked.name,
        email: locked.email,
        restorableDays: RESTORE_WINDOW_DAYS,
      },
    });
  });
  return id;
}
