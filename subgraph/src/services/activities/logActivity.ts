import { z } from 'zod';
import type { Context } from '../../types/context';
import type { Activity } from '../../db/generated/client';
import type { MutationLogActivityArgs } from '../../__generated__/resolvers-types';
import { assertCanChange } from '../common/authorize';
import { notFound, userError } from '../common/errors';
import { lockLeads } from '../leads/lockLeads';
import { countEngagement } from './countEngagement';
import { recordActivity } from './recordActivity';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { requiredText, validate } from '../common/validate';

const schema = z.object({
  dealId: z.string().min(1).nullable().optional(),
  leadId: z.string().min(1).nullable().optional(),
  type: z.enum(['NOTE', 'EMAIL', 'CALL', 'MEETING']),
  body: requiredText(fieldLimits.LogActivityInput.body),
  occurredAt: z.union([z.date(), z.string()]).nullable().optional(),
});

/** Adds a note or logs an email, call or meeting against a deal or a lead (engagement counts too). */
export async function logActivity(
  context: Context,
  args: MutationLogActivityArgs,
): Promise<Activity> {
  const input = validate(schema, args.input);
  if (!input.dealId === !input.leadId)
    throw userError('dealId: name exactly one of dealId and leadId', 'dealId');
  const { prisma, tenantId, principal } = context;
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : new Date();
  if (occurredAt.getTime() > Date.now() + 60_000)
    throw userError('occurredAt: must not be in the future', 'occurredAt');
  const target = input.dealId
    ? await prisma.deal.findFirst({ where: { id: input.dealId, tenantId } })
    : await prisma.lead.findFirst({ where: { id: input.leadId ?? '', tenantId } });
  if (!target) throw notFound(input.dealId ? 'Deal' : 'Lead', input.dealId ?? input.leadId ?? '');
  assertCanChange(principal, target.ownerId, input.dealId ? 'deal' : 'lead');
  let leadId: string | null = null;
  const activity = await prisma.$transaction(async (tx) => {
    // Under the lead's lock, or the deal's (ADR 020, 072): a merge or a delete that took the lead
    // or the deal meanwhile makes this NOT_FOUND (was an activity on no lead, or a count lost);
    // one in progress finishes first, and a merge moving the deal counts this on its new lead.
    if (input.leadId) {
      const [lead] = await lockLeads(tx, tenantId, [input.leadId]);
      assertCanChange(principal, lead!.ownerId, 'lead');
      leadId = input.leadId;
    } else {
      const [deal] = await tx.$queryRaw<{ leadId: string | null }[]>`
        SELECT "leadId" FROM "Deal" WHERE id = ${input.dealId} AND "tenantId" = ${tenantId}
        FOR SHARE`;
      if (!deal) throw notFound('Deal', input.dealId!);
      leadId = deal.leadId;
    }
    if (leadId && input.type !== 'NOTE') {
      await countEngagement(tx, leadId, input.type, occurredAt);
    }
    return recordActivity(tx, {
      tenantId,
      actorId: principal.userId,
      type: input.type,
      dealId: input.dealId ?? null,
      leadId: input.leadId ?? null,
      body: input.body,
      occurredAt,
    });
  });
  // A deal's activities are features of its win probability (ADR 039).
  if (input.dealId)
    await context.notify({ name: 'deal/updated', data: { tenantId, dealId: input.dealId } });
  // Engagement counts are scoring features: the lead's score follows its new calls and meetings.
  if (leadId && input.type !== 'NOTE')
    await context.notify({ name: 'lead/updated', data: { tenantId, leadId } });
  return activity;
}
