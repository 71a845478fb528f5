import type { Context } from '../../types/context';
import type { PlannedActivity } from '../../db/generated/client';
import type { MutationCompleteActivityArgs } from '../../__generated__/resolvers-types';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { recordActivity } from '../activities/recordActivity';
import { text, validate } from '../common/validate';
import { changePlanned } from './changePlanned';
import { countEngagement } from '../activities/countEngagement';

/**
 * Marks an open planned activity done, now: the timeline gets the call, meeting, email or task
 * at the moment of completion (never its due time, so a completion can't be dated into the
 * future or the past), and a done call, meeting or email counts as engagement of the lead (the
 * lead's own, or the deal's converted lead) from that moment: its count goes up and
 * lastEngagedAt moves to now (never back). Planned but not done counts for nothing.
 */
export async function completeActivity(
  context: Context,
  args: MutationCompleteActivityArgs,
): Promise<PlannedActivity> {
  const note = validate(
    text(fieldLimits.Mutation.completeActivity.note).nullable().optional(),
    args.note,
    'note',
  );
  const { tenantId, principal } = context;
  const now = new Date();
  let engagedLeadId: string | null = null;
  const done = await changePlanned(
    context,
    args.id,
    { status: 'DONE', completedAt: now },
    async (tx, planned, target) => {
      await recordActivity(tx, {
        tenantId,
        actorId: principal.userId,
        type: planned.type,
        dealId: target.dealId,
        leadId: target.leadId,
        body: note ?? planned.subject,
        occurredAt: now,
        payload: {
          plannedActivityId: planned.id,
          subject: planned.subject,
          dueAt: planned.dueAt.toISOString(),
        },
      });
      if (planned.type === 'TASK' || !target.engagedLeadId) return;
      engagedLeadId = target.engagedLeadId;
      await countEngagement(tx, engagedLeadId, planned.type, now);
    },
  );
  // Engagement counts are scoring features: the lead is rescored with its new count.
  if (engagedLeadId) {
    await context.notify({ name: 'lead/updated', data: { tenantId, leadId: engagedLeadId } });
  }
  return done;
}
