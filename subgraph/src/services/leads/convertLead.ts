import { z } from 'zod';
import type { Context } from '../../types/context';
import type { Deal } from '../../db/generated/client';
import type { MutationConvertLeadArgs } from '../../__generated__/resolvers-types';
import { assertCanChange } from '../common/authorize';
import { notFound, userError } from '../common/errors';
import { recordActivity } from '../activities/recordActivity';
import { columnSize, lockStages } from '../deals/dealColumn';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { currency, money, requiredText, text, validate } from '../common/validate';
import { withIdempotency } from '../common/withIdempotency';
import { leadMetadataText } from './leadMetadata';
import { OPEN_LEAD_STATUSES } from './openLeadStatuses';

const schema = z.object({
  leadId: z.string().min(1),
  stageId: z.string().min(1),
  title: requiredText(fieldLimits.ConvertLeadInput.title).nullable().optional(),
  value: money,
  currency: currency.nullable().optional(),
  expectedCloseDate: z.union([z.date(), z.string()]).nullable().optional(),
  idempotencyKey: text(fieldLimits.ConvertLeadInput.idempotencyKey).nullable().optional(),
});

/** Converts a lead into a deal: links lead, customer and the new deal; the lead becomes CONVERTED. */
export async function convertLead(context: Context, args: MutationConvertLeadArgs): Promise<Deal> {
  const input = validate(schema, args.input);
  const { prisma, tenantId, principal } = context;
  const lead = await prisma.lead.findFirst({ where: { id: input.leadId, tenantId } });
  if (!lead) throw notFound('Lead', input.leadId);
  assertCanChange(principal, lead.ownerId, 'lead');
  const stage = await prisma.pipelineStage.findFirst({
    where: { id: input.stageId, tenantId },
    include: { pipeline: true },
  });
  if (!stage) throw userError(`stageId: unknown stage ${input.stageId}`, 'stageId');
  if (stage.kind !== 'OPEN')
    throw userError('stageId: a converted lead starts in an open stage', 'stageId');
  const { id } = await prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      {
        tenantId,
        key: input.idempotencyKey,
        operation: 'convertLead',
        input: { ...input, idempotencyKey: undefined },
      },
      async () => {
        // Re-read under the transaction: a lead converts once, even when two conversions race.
        const claimed = await tx.lead.updateMany({
          where: { id: lead.id, tenantId, status: { in: OPEN_LEAD_STATUSES } },
          data: { status: 'CONVERTED' },
        });
        if (claimed.count === 0)
          throw userError(`leadId: lead ${lead.id} is already converted or disqualified`, 'leadId');
        await lockStages(tx, [stage.id]);
        const company = leadMetadataText(lead.metadata, 'company') ?? lead.name;
        const deal = await tx.deal.create({
          data: {
            tenantId,
            pipelineId: stage.pipelineId,
            stageId: stage.id,
            leadId: lead.id,
            customerId: lead.customerId,
            ownerId: lead.ownerId ?? principal.userId,
            title: input.title ?? `${company} — new deal`,
            value: input.value,
            currency: input.currency ?? stage.pipeline.currency,
            expectedCloseDate: input.expectedCloseDate ? new Date(input.expectedCloseDate) : null,
            position: await columnSize(tx, stage.id),
          },
        });
        await recordActivity(tx, {
          tenantId,
          actorId: principal.userId,
          type: 'CONVERTED',
          leadId: lead.id,
          payload: { dealId: deal.id, from: lead.status },
        });
        await recordActivity(tx, {
          tenantId,
          actorId: principal.userId,
          type: 'CREATED',
          dealId: deal.id,
          leadId: lead.id,
          payload: { stageId: stage.id, stage: stage.name, fromLeadId: lead.id },
        });
        return deal.id;
      },
    ),
  );
  return prisma.deal.findUniqueOrThrow({ where: { id } });
}
