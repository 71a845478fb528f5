import { z } from 'zod';
import type { Context } from '../../types/context';
import type { Deal } from '../../db/generated/client';
import type { MutationConvertLeadArgs } from '../../__generated__/resolvers-types';
import { assertCanChange } from '../common/authorize';
import { notFound, userError } from '../common/errors';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { currency, money, requiredText, text, validate } from '../common/validate';
import { idempotentResult, withIdempotency } from '../common/withIdempotency';
import { assertDealReferences } from '../deals/createDeal';
import { lockStages } from '../deals/dealColumn';
import { createDealFromLead } from './createDealFromLead';
import { lockLeads, type LockedLead } from './lockLeads';

const schema = z.object({
  leadId: z.string().min(1),
  stageId: z.string().min(1),
  title: requiredText(fieldLimits.ConvertLeadInput.title).nullable().optional(),
  value: money,
  currency: currency.nullable().optional(),
  ownerId: z.string().min(1).nullable().optional(),
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
  if (stage.pipeline.archivedAt)
    throw userError('stageId: the stage belongs to an archived pipeline', 'stageId');
  if (input.ownerId) await assertDealReferences(context, { ownerId: input.ownerId });
  const { id } = await prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      {
        tenantId,
        key: input.idempotencyKey,
        actorId: context.principal.userId,
        operation: 'convertLead',
        input: { ...input, idempotencyKey: undefined },
      },
      async () => {
        // The lead as it is under its lock (after the stage's, ADR 020): a status change, an edit
        // or an assignment that committed meanwhile is what the conversion checks and copies.
        await lockStages(tx, [stage.id]);
        const [locked] = (await lockLeads(tx, tenantId, [lead.id])) as [LockedLead];
        assertCanChange(principal, locked.ownerId, 'lead');
        const deal = await createDealFromLead(tx, {
          tenantId,
          lead: locked,
          stage,
          actorId: principal.userId,
          ownerId: input.ownerId ?? locked.ownerId ?? principal.userId,
          title: input.title,
          value: input.value,
          currency: input.currency,
          expectedCloseDate: input.expectedCloseDate ? new Date(input.expectedCloseDate) : null,
        });
        if (!deal)
          throw userError(
            `leadId: lead ${lead.id} is already converted, disqualified or linked to a deal`,
            'leadId',
          );
        return deal.id;
      },
    ),
  );
  return idempotentResult(await prisma.deal.findUnique({ where: { id } }), 'Deal', id);
}
