import type { Context } from '../../types/context';
import type { PlannedActivity } from '../../db/generated/client';
import type { MutationRescheduleActivityArgs } from '../../__generated__/resolvers-types';
import { recordActivity } from '../activities/recordActivity';
import { validate } from '../common/validate';
import { changePlanned } from './changePlanned';
import { dueAt } from './dueAt';

/** Moves an open planned activity to another time (ACTIVITY_RESCHEDULED, from → to). */
export async function rescheduleActivity(
  context: Context,
  args: MutationRescheduleActivityArgs,
): Promise<PlannedActivity> {
  const to = validate(dueAt, args.dueAt, 'dueAt');
  const before = await context.prisma.plannedActivity.findFirst({
    where: { id: args.id, tenantId: context.tenantId },
    select: { dueAt: true },
  });
  return changePlanned(context, args.id, { dueAt: to }, async (tx, planned, target) => {
    await recordActivity(tx, {
      tenantId: context.tenantId,
      actorId: context.principal.userId,
      type: 'ACTIVITY_RESCHEDULED',
      dealId: target.dealId,
      leadId: target.leadId,
      body: planned.subject,
      payload: {
        plannedActivityId: planned.id,
        dueAt: { from: before?.dueAt.toISOString() ?? null, to: to.toISOString() },
      },
    });
  });
}
