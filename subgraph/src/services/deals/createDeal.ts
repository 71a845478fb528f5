import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { Context } from '../../types/context';
import type { Deal } from '../../db/generated/client';
import type { MutationCreateDealArgs } from '../../__generated__/resolvers-types';
import { recordActivity } from '../activities/recordActivity';
import { assertReferences, type References } from '../common/assertReferences';
import { userError, forbidden } from '../common/errors';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { currency, money, requiredText, text, validate } from '../common/validate';
import { idempotentResult, withIdempotency } from '../common/withIdempotency';
import { keyAtStart, lockStages } from './dealColumn';

const schema = z.object({
  title: requiredText(fieldLimits.CreateDealInput.title),
  value: money,
  currency: currency.optional().nullable(),
  stageId: z.string().min(1),
  customerId: z.string().min(1).nullable().optional(),
  ownerId: z.string().min(1).nullable().optional(),
  expectedCloseDate: z.union([z.date(), z.string()]).nullable().optional(),
  idempotencyKey: text(fieldLimits.CreateDealInput.idempotencyKey).nullable().optional(),
});

/** Deal references must exist in the tenant, and reps can only make themselves owner. */
export async function assertDealReferences(context: Context, refs: References): Promise<void> {
  const { principal } = context;
  if (refs.ownerId && principal.role === 'REP' && refs.ownerId !== principal.userId) {
    throw forbidden('Reps can only own deals themselves');
  }
  await assertReferences(context, refs);
}

export async function createDeal(context: Context, args: MutationCreateDealArgs): Promise<Deal> {
  const input = validate(schema, args.input);
  const { prisma, tenantId, principal } = context;
  const stage = await prisma.pipelineStage.findFirst({
    where: { id: input.stageId, tenantId },
    include: { pipeline: true },
  });
  if (!stage) throw userError(`stageId: unknown stage ${input.stageId}`, 'stageId');
  if (stage.pipeline.archivedAt)
    throw userError('stageId: the stage belongs to an archived pipeline', 'stageId');
  // A deal won or lost has a WON or LOST entry on its timeline and, lost, a reason: a deal created
  // straight into a closed stage had neither (as convertLead, which refuses them too).
  if (stage.kind !== 'OPEN')
    throw userError(
      `stageId: a new deal starts in an open stage; mark it ${stage.kind === 'WON' ? 'won (markDealWon)' : 'lost with a reason (markDealLost)'} once created`,
      'stageId',
    );
  const ownerId = input.ownerId ?? principal.userId;
  await assertDealReferences(context, { customerId: input.customerId, ownerId }).catch(
    (error: unknown) => {
      // The caller's own user is the default owner: one the tenant does not know is not a typo in
      // an ownerId the caller never sent.
      if (!input.ownerId && error instanceof GraphQLError && error.extensions.field === 'ownerId')
        throw userError(
          `ownerId: your user ${principal.userId} is not one of this tenant's users, so the deal cannot be yours; name its owner in ownerId`,
          'ownerId',
        );
      throw error;
    },
  );
  const { id } = await prisma.$transaction(async (tx) =>
    withIdempotency(
      tx,
      {
        tenantId,
        key: input.idempotencyKey,
        actorId: context.principal.userId,
        operation: 'createDeal',
        input: { ...input, idempotencyKey: undefined },
      },
      async () => {
        await lockStages(tx, [stage.id]);
        // First in its column, where the board shows what the user just added (ADR 067).
        const position = await keyAtStart(tx, stage.id);
        const deal = await tx.deal.create({
          data: {
            tenantId,
            pipelineId: stage.pipelineId,
            stageId: stage.id,
            title: input.title,
            value: input.value,
            currency: input.currency ?? stage.pipeline.currency,
            customerId: input.customerId ?? null,
            ownerId,
            expectedCloseDate: input.expectedCloseDate ? new Date(input.expectedCloseDate) : null,
            position,
          },
        });
        await recordActivity(tx, {
          tenantId,
          actorId: principal.userId,
          type: 'CREATED',
          dealId: deal.id,
          payload: { stageId: stage.id, stage: stage.name, value: input.value },
        });
        return deal.id;
      },
    ),
  );
  // A new deal gets its win probability from the model when one is active (ADR 039).
  await context.notify({ name: 'deal/updated', data: { tenantId, dealId: id } });
  return idempotentResult(await prisma.deal.findUnique({ where: { id } }), 'Deal', id);
}
