import type { Context } from '../../types/context';
import type { PlannedActivity } from '../../db/generated/client';
import type { MutationCancelActivityArgs } from '../../__generated__/resolvers-types';
import { recordActivity } from '../activities/recordActivity';
import { changePlanned } from './changePlanned';

/** Calls off an open planned activity (ACTIVITY_CANCELLED); it counts for nothing. */
export function cancelActivity(
  context: Context,
  args: MutationCancelActivityArgs,
): Promise<PlannedActivity> {
  return changePlanned(context, args.id, { status: 'CANCELLED' }, async (tx, planned, target) => {
    await recordActivity(tx, {
      tenantId: context.tenantId,
      actorId: context.principal.userId,
      type: 'ACTIVITY_CANCELLED',
      dealId: target.dealId,
      leadId: target.leadId,
      body: planned.subject,
      payload: { plannedActivityId: planned.id, dueAt: planned.dueAt.toISOString() },
    });
  });
}
