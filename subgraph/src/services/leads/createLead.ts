import { z } from 'zod';
import type { Context } from '../../types/context';
import type { Lead } from '../../db/generated/client';
import type { MutationCreateLeadArgs } from '../../__generated__/resolvers-types';
import { assertReferences } from '../common/assertReferences';
import { forbidden } from '../common/errors';
import { recordActivity } from '../activities/recordActivity';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { requiredText, text, validate } from '../common/validate';
import { duplicateLead, findDuplicateLeads } from './findDuplicateLeads';
import { leadSource } from './leadSource';
import { mergeLeadMetadata } from './leadMetadata';
import { idempotentResult, withIdempotency } from '../common/withIdempotency';

type LeadLimits = { name: number; email: number; company: number; title: number; source: number };

/** The fields a lead is created or edited with, under the limits of the input type. */
export function leadFields(limits: LeadLimits) {
  return {
    name: requiredText(limits.name),
    email: text(limits.email).email('must be an email address').nullable().optional(),
    company: text(limits.company).nullable().optional(),
    title: text(limits.title).nullable().optional(),
    source: leadSource(limits.source),
    customerId: z.string().min(1).nullable().optional(),
    metadata: z.record(z.string(), z.unknown()).nullable().optional(),
  };
}

const schema = z.object({
  ...leadFields(fieldLimits.CreateLeadInput),
  ownerId: z.string().min(1).nullable().optional(),
  idempotencyKey: text(fieldLimits.CreateLeadInput.idempotencyKey).nullable().optional(),
  allowDuplicate: z.boolean().nullable().optional(),
});

export async function createLead(context: Context, args: MutationCreateLeadArgs): Promise<Lead> {
  const input = validate(schema, args.input);
  const { prisma, tenantId, principal } = context;
  if (principal.role === 'REP' && input.ownerId && input.ownerId !== principal.userId) {
    throw forbidden('Reps can only create leads they own');
  }
  await assertReferences(context, input);
  const { id } = await prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      {
        tenantId,
        key: input.idempotencyKey,
        actorId: context.principal.userId,
        operation: 'createLead',
        input: { ...input, idempotencyKey: undefined },
      },
      async () => {
        // Checked only for a first call: a replayed key returns the lead it created before.
        if (!input.allowDuplicate) {
          const company =
            input.company ??
            (typeof input.metadata?.company === 'string' ? input.metadata.company : null);
          const duplicates = await findDuplicateLeads(tx, tenantId, { ...input, company });
          if (duplicates.length > 0) throw duplicateLead(duplicates);
        }
        const lead = await tx.lead.create({
          data: {
            tenantId,
            name: input.name,
            email: input.email ?? null,
            source: input.source,
            customerId: input.customerId ?? null,
            ownerId: input.ownerId ?? (principal.role === 'REP' ? principal.userId : null),
            metadata: mergeLeadMetadata(undefined, input),
          },
        });
        await recordActivity(tx, {
          tenantId,
          actorId: principal.userId,
          type: 'CREATED',
          leadId: lead.id,
          payload: { source: lead.source },
        });
        return lead.id;
      },
    ),
  );
  await context.notify({ name: 'lead/updated', data: { tenantId, leadId: id } });
  return idempotentResult(await prisma.lead.findUnique({ where: { id } }), 'Lead', id);
}
