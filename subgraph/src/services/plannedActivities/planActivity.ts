import { z } from 'zod';
import type { Context } from '../../types/context';
import type { PlannedActivity } from '../../db/generated/client';
import type { MutationPlanActivityArgs } from '../../__generated__/resolvers-types';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { recordActivity } from '../activities/recordActivity';
import { assertReferences } from '../common/assertReferences';
import { forbidden, userError } from '../common/errors';
import { requiredText, text, validate } from '../common/validate';
import { dueAt } from './dueAt';
import { plannedTarget } from './plannedTarget';

const schema = z.object({
  dealId: z.string().min(1).nullable().optional(),
  leadId: z.string().min(1).nullable().optional(),
  type: z.enum(['TASK', 'CALL', 'MEETING', 'EMAIL']),
  subject: requiredText(fieldLimits.PlanActivityInput.subject),
  note: text(fieldLimits.PlanActivityInput.note).nullable().optional(),
  dueAt,
  ownerId: z.string().min(1).nullable().optional(),
});

/**
 * Plans a task, call, meeting or email on a deal or a lead, due at a time, for an owner (the
 * caller by default; reps plan for themselves on what they own). Logged as ACTIVITY_PLANNED.
 * Nothing counts as engagement until it is completed.
 */
export async function planActivity(
  context: Context,
  args: MutationPlanActivityArgs,
): Promise<PlannedActivity> {
  const input = validate(schema, args.input);
  if (!input.dealId === !input.leadId)
    throw userError('dealId: name exactly one of dealId and leadId', 'dealId');
  const { prisma, tenantId, principal } = context;
  const ownerId = input.ownerId ?? principal.userId;
  if (principal.role === 'REP' && ownerId !== principal.userId)
    throw forbidden('Reps can only plan activities for themselves');
  const target = await plannedTarget(prisma, tenantId, input);
  if (principal.role === 'REP' && target.ownerId !== principal.userId)
    throw forbidden(
      `Only the owner, a manager or an admin can plan on this ${input.dealId ? 'deal' : 'lead'}`,
    );
  await assertReferences(context, { ownerId });
  return prisma.$transaction(async (tx) => {
    const planned = await tx.plannedActivity.create({
      data: {
        tenantId,
        dealId: target.dealId,
        leadId: target.leadId,
        type: input.type,
        subject: input.subject,
        note: input.note ?? null,
        dueAt: input.dueAt,
        ownerId,
        createdBy: principal.userId,
      },
    });
    await recordActivity(tx, {
      tenantId,
      actorId: principal.userId,
      type: 'ACTIVITY_PLANNED',
      dealId: target.dealId,
      leadId: target.leadId,
      body: input.subject,
      payload: {
        plannedActivityId: planned.id,
        type: input.type,
        dueAt: input.dueAt.toISOString(),
        ownerId,
      },
    });
    return planned;
  });
}
