import { z } from 'zod';
import type { Context } from '../../types/context';
import type { Pipeline, PipelineStage } from '../../db/generated/client';
import type {
  MutationCreatePipelineArgs,
  MutationCreateStageArgs,
  MutationDeleteStageArgs,
  MutationRenamePipelineArgs,
  MutationSetStageRateWindowArgs,
  MutationReorderStagesArgs,
  MutationUpdateStageArgs,
} from '../../__generated__/resolvers-types';
import { assertAdmin } from '../common/authorize';
import { notFound, userError } from '../common/errors';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { currency, probability, requiredText, rottingDays, validate } from '../common/validate';
import { keysAtEnd, lockColumnsExclusive } from '../deals/dealColumn';
import { recordActivity } from '../activities/recordActivity';
import { recomputeLearnedRates } from '../deals/recomputeLearnedRates';
import { assertPipelineNameFree } from './assertPipelineNameFree';
import { assertStageNameFree } from './assertStageNameFree';
import { lockPipeline } from './lockPipeline';

async function findPipeline({ prisma, tenantId }: Context, id: string): Promise<Pipeline> {
  const pipeline = await prisma.pipeline.findFirst({ where: { id, tenantId } });
  if (!pipeline) throw notFound('Pipeline', id);
  return pipeline;
}

async function findStage({ prisma, tenantId }: Context, id: string): Promise<PipelineStage> {
  const stage = await prisma.pipelineStage.findFirst({ where: { id, tenantId } });
  if (!stage) throw notFound('Stage', id);
  return stage;
}

export async function createPipeline(
  context: Context,
  raw: MutationCreatePipelineArgs,
): Promise<Pipeline> {
  assertAdmin(context.principal, 'change pipelines');
  const input = validate(
    z.object({
      name: requiredText(fieldLimits.Mutation.createPipeline.name),
      currency: currency.nullable().optional(),
    }),
    raw,
  );
  const { prisma, tenantId } = context;
  const pipeline = await prisma.$transaction(async (tx) => {
    await assertPipelineNameFree(tx, tenantId, input.name);
    const position = await tx.pipeline.count({ where: { tenantId } });
    const pipeline = await tx.pipeline.create({
      data: { tenantId, name: input.name, currency: input.currency ?? 'USD', position },
    });
    // A new pipeline starts with the closing stages every pipeline needs.
    await tx.pipelineStage.createMany({
      data: [
        { tenantId, pipelineId: pipeline.id, name: 'New', order: 0, kind: 'OPEN' },
        { tenantId, pipelineId: pipeline.id, name: 'Won', order: 1, kind: 'WON' },
        { tenantId, pipelineId: pipeline.id, name: 'Lost', order: 2, kind: 'LOST' },
      ],
    });
    return pipeline;
  });
  await recomputeLearnedRates(prisma, tenantId, pipeline.id);
  return findPipeline(context, pipeline.id);
}

/**
 * A stage change moves the priors (a new or reordered stage, a hand value set or cleared), so the
 * pipeline's stage rates are recomputed once it has committed.
 */
async function rerate(context: Context, pipelineId: string): Promise<void> {
  await recomputeLearnedRates(context.prisma, context.tenantId, pipelineId);
}

export async function setStageRateWindow(
  context: Context,
  { pipelineId, months }: MutationSetStageRateWindowArgs,
): Promise<Pipeline> {
  assertAdmin(context.principal, 'change pipelines');
  const input = validate(
    z.object({
      months: z
        .number()
        .int('must be a whole number of months')
        .min(1, 'must be at least 1 month')
        .max(60, 'must be at most 60 months'),
    }),
    { months },
  );
  await findPipeline(context, pipelineId);
  await context.prisma.pipeline.update({
    where: { id: pipelineId },
    data: { stageRateWindowMonths: input.months },
  });
  await rerate(context, pipelineId);
  return findPipeline(context, pipelineId);
}

export async function renamePipeline(
  context: Context,
  { id, name: rawName }: MutationRenamePipelineArgs,
): Promise<Pipeline> {
  assertAdmin(context.principal, 'change pipelines');
  const input = validate(
    z.object({ name: requiredText(fieldLimits.Mutation.renamePipeline.name) }),
    { name: rawName },
  );
  await findPipeline(context, id);
  return context.prisma.$transaction(async (tx) => {
    await assertPipelineNameFree(tx, context.tenantId, input.name, id);
    return tx.pipeline.update({ where: { id }, data: { name: input.name } });
  });
}

const createSchema = z.object({
  pipelineId: z.string().min(1),
  name: requiredText(fieldLimits.CreateStageInput.name),
  order: z.number().int().min(0, 'must be ≥ 0').nullable().optional(),
  kind: z.enum(['OPEN', 'WON', 'LOST']).nullable().optional(),
  probability: probability.nullable().optional(),
  rottingDays: rottingDays.nullable().optional(),
});

export async function createStage(
  context: Context,
  args: MutationCreateStageArgs,
): Promise<PipelineStage> {
  assertAdmin(context.principal, 'change stages');
  const input = validate(createSchema, args.input);
  assertOpenSettings(input.kind ?? 'OPEN', input);
  const { prisma, tenantId } = context;
  const stage = await prisma.$transaction(async (tx) => {
    if (!(await lockPipeline(tx, tenantId, input.pipelineId)))
      throw notFound('Pipeline', input.pipelineId);
    await assertStageNameFree(tx, input.pipelineId, input.name);
    const stages = await tx.pipelineStage.findMany({
      where: { pipelineId: input.pipelineId },
      select: { kind: true },
    });
    // Open stages come before Won and Lost: the stage rates count a won deal as having passed
    // every open stage, and one appended after Won learned a rate from deals never in it.
    const open = stages.filter((stage) => stage.kind === 'OPEN').length;
    const kind = input.kind ?? 'OPEN';
    const [first, last] = kind === 'OPEN' ? [0, open] : [open, stages.length];
    const order = Math.max(first, Math.min(input.order ?? last, last));
    await tx.pipelineStage.updateMany({
      where: { pipelineId: input.pipelineId, order: { gte: order } },
      data: { order: { increment: 1 } },
    });
    return tx.pipelineStage.create({
      data: {
        tenantId,
        pipelineId: input.pipelineId,
        name: input.name,
        order,
        kind,
        probability: input.probability ?? null,
        handRottingDays: input.rottingDays ?? null,
        rottingDays: input.rottingDays ?? null,
      },
    });
  });
  await rerate(context, stage.pipelineId);
  return findStage(context, stage.id);
}

/**
 * A won deal weighs 1 and a lost one 0, and closed deals do not rot: on a Won or Lost stage a
 * probability or rotting days were stored and never used.
 */
function assertOpenSettings(
  kind: string,
  input: { probability?: number | null; rottingDays?: number | null },
): void {
  if (kind === 'OPEN' || (input.probability == null && input.rottingDays == null)) return;
  throw userError(
    `A ${kind === 'WON' ? 'Won' : 'Lost'} stage has no probability or rotting days of its own`,
    input.probability != null ? 'probability' : 'rottingDays',
  );
}

const updateSchema = z.object({
  name: requiredText(fieldLimits.UpdateStageInput.name).nullable().optional(),
  probability: probability.nullable().optional(),
  clearProbability: z.boolean().nullable().optional(),
  rottingDays: rottingDays.nullable().optional(),
  clearRottingDays: z.boolean().nullable().optional(),
});

export async function updateStage(
  context: Context,
  { id, input: raw }: MutationUpdateStageArgs,
): Promise<PipelineStage> {
  assertAdmin(context.principal, 'change stages');
  const input = validate(updateSchema, raw);
  // A value and its clearing at once: which one was meant is a guess (the value was dropped).
  if (input.clearProbability && input.probability != null)
    throw userError('Give probability or clearProbability, not both', 'probability');
  if (input.clearRottingDays && input.rottingDays != null)
    throw userError('Give rottingDays or clearRottingDays, not both', 'rottingDays');
  const { pipelineId, kind } = await findStage(context, id);
  assertOpenSettings(kind, input);
  const stage = await context.prisma.$transaction(async (tx) => {
    await lockPipeline(tx, context.tenantId, pipelineId);
    // Deleted meanwhile (by a request that held the lock first).
    if (!(await tx.pipelineStage.findFirst({ where: { id, tenantId: context.tenantId } })))
      throw notFound('Stage', id);
    if (input.name != null) await assertStageNameFree(tx, pipelineId, input.name, id);
    return tx.pipelineStage.update({
      where: { id },
      data: {
        ...(input.name != null ? { name: input.name } : {}),
        ...(input.clearProbability
          ? { probability: null }
          : input.probability != null
            ? { probability: input.probability }
            : {}),
        // The threshold in force follows the hand value; cleared, it falls back to the learned one
        // (written by the recomputation below).
        ...(input.clearRottingDays
          ? { handRottingDays: null, rottingDays: null }
          : input.rottingDays != null
            ? { handRottingDays: input.rottingDays, rottingDays: input.rottingDays }
            : {}),
      },
    });
  });
  await rerate(context, stage.pipelineId);
  return findStage(context, id);
}

export async function reorderStages(
  context: Context,
  { pipelineId, stageIds }: MutationReorderStagesArgs,
): Promise<Pipeline> {
  assertAdmin(context.principal, 'change stages');
  const pipeline = await findPipeline(context, pipelineId);
  await context.prisma.$transaction(async (tx) => {
    // The stages as they are once no other change of them is under way: two reorders at once
    // (or one beside a stage's deletion) each wrote the stage rows in their own order, and
    // PostgreSQL ended one of them as a deadlock (ADR 089).
    await lockPipeline(tx, context.tenantId, pipelineId);
    const stages = await tx.pipelineStage.findMany({ where: { pipelineId } });
    const known = new Set(stages.map((s) => s.id));
    if (
      stageIds.length !== stages.length ||
      new Set(stageIds).size !== stageIds.length ||
      stageIds.some((id) => !known.has(id))
    ) {
      throw userError(
        `stageIds: list each of the pipeline's ${stages.length} stages exactly once`,
        'stageIds',
      );
    }
    const byId = new Map(stages.map((stage) => [stage.id, stage]));
    const closed = stageIds.findIndex((id) => byId.get(id)!.kind !== 'OPEN');
    const late = stageIds.slice(closed).find((id) => byId.get(id)!.kind === 'OPEN');
    if (closed >= 0 && late)
      throw userError(
        `stageIds: open stages come before Won and Lost ("${byId.get(late)!.name}" is after "${byId.get(stageIds[closed]!)!.name}")`,
        'stageIds',
      );
    const order = new Map(stageIds.map((id, i) => [id, i]));
    for (const stage of stages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
      if (stage.order !== order.get(stage.id))
        await tx.pipelineStage.update({
          where: { id: stage.id },
          data: { order: order.get(stage.id)! },
        });
  });
  await rerate(context, pipelineId);
  return pipeline;
}

/** Deletes a stage after moving its deals (appended, in order) to a target stage of the same pipeline. */
export async function deleteStage(
  context: Context,
  { id, targetStageId }: MutationDeleteStageArgs,
): Promise<Pipeline> {
  assertAdmin(context.principal, 'change stages');
  const { pipelineId } = await findStage(context, id);
  if (targetStageId === id)
    throw userError('targetStageId: must be another stage', 'targetStageId');
  const { prisma, tenantId, principal } = context;
  const stage = await prisma.$transaction(async (tx) => {
    // Both stages as they are once no other change of the pipeline's stages is under way: B
    // deleted into C beside C deleted into B failed on a foreign key (ADR 089); now the second
    // finds its stage or its target gone.
    await lockPipeline(tx, tenantId, pipelineId);
    const stage = await tx.pipelineStage.findFirst({ where: { id, tenantId } });
    if (!stage) throw notFound('Stage', id);
    const target = await tx.pipelineStage.findFirst({ where: { id: targetStageId, tenantId } });
    if (!target) throw userError(`targetStageId: unknown stage ${targetStageId}`, 'targetStageId');
    if (target.pipelineId !== stage.pipelineId)
      throw userError('targetStageId: must be in the same pipeline', 'targetStageId');
    await lockColumnsExclusive(tx, [stage.id, target.id]);
    const remaining = await tx.pipelineStage.count({
      where: { pipelineId: stage.pipelineId, kind: stage.kind, id: { not: stage.id } },
    });
    if (stage.kind !== 'OPEN' && remaining === 0)
      throw userError(`id: a pipeline needs a ${stage.kind} stage`, 'id');
    const deals = await tx.deal.findMany({
      where: { stageId: stage.id },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
    const keys = await keysAtEnd(tx, target.id, deals.length);
    const now = new Date();
    // The same side effects as moving each deal (moveDealInTx): a close sets closedAt, a lost
    // reason and the converted lead's outcome (its scoring label); a reopen clears all three.
    const closing = target.kind !== 'OPEN';
    const outcomeChanges = stage.kind !== target.kind;
    for (const [i, deal] of deals.entries()) {
      await tx.deal.update({
        where: { id: deal.id },
        data: {
          stageId: target.id,
          position: keys[i]!,
          version: { increment: 1 },
          stageEnteredAt: now,
          closedAt: closing ? (outcomeChanges ? now : (deal.closedAt ?? now)) : null,
          lostReason:
            target.kind === 'LOST'
              ? (deal.lostReason ?? `Stage "${stage.name}" was deleted`)
              : null,
        },
      });
      if (deal.leadId && outcomeChanges && (closing || stage.kind !== 'OPEN')) {
        await tx.lead.update({
          where: { id: deal.leadId },
          data: closing
            ? { outcome: target.kind === 'WON' ? 'WON' : 'LOST', outcomeAt: now }
            : { outcome: null, outcomeAt: null },
        });
      }
      await recordActivity(tx, {
        tenantId,
        actorId: principal.userId,
        type:
          target.kind === 'WON'
            ? 'WON'
            : target.kind === 'LOST'
              ? 'LOST'
              : stage.kind !== 'OPEN'
                ? 'REOPENED'
                : 'STAGE_CHANGED',
        dealId: deal.id,
        payload: {
          fromStageId: stage.id,
          toStageId: target.id,
          fromStage: stage.name,
          toStage: target.name,
          reason: 'stage deleted',
        },
      });
    }
    // Automations that name the stage would read it as "any stage" (a trigger) or fail on every
    // lead (a conversion into it): they are switched off, for an admin to point elsewhere.
    await tx.$executeRaw`
      UPDATE "Automation" SET enabled = false, "updatedAt" = ${new Date()}
      WHERE "tenantId" = ${tenantId} AND enabled AND ("stageId" = ${stage.id}
        OR actions @> ${JSON.stringify([{ stageId: stage.id }])}::jsonb)`;
    await tx.pipelineStage.delete({ where: { id: stage.id } });
    await tx.pipelineStage.updateMany({
      where: { pipelineId: stage.pipelineId, order: { gt: stage.order } },
      data: { order: { decrement: 1 } },
    });
    return stage;
  });
  // Deals closed or reopened by the deletion, and the stage gone, change the rates.
  await rerate(context, stage.pipelineId);
  return findPipeline(context, stage.pipelineId);
}
