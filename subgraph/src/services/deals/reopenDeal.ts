import type { Context } from '../../types/context';
import type { Deal } from '../../db/generated/client';
import type { MutationReopenDealArgs } from '../../__generated__/resolvers-types';
import { notFound, userError } from '../common/errors';
import { moveDeal } from './moveDeal';
import type { PlaceBefore } from './moveDealInTx';
import { isPositionKey } from './positionKey';

/**
 * Moves a won or lost deal back to an open stage of its pipeline, as a move does: lost reason and
 * closedAt cleared, the converted lead's outcome cleared, the stage rates recomputed after the
 * commit. Without `stageId`, the open stage the deal was closed from (else the pipeline's last open
 * stage). Back into the stage it was closed from, it is as it was there (ADR 067): its place in
 * the column (the key it had, or the nearest free place next to it) and its stageEnteredAt, so
 * days in stage and rotting go on from where they were; an undo of Mark won / Mark lost undoes.
 * Into another stage, or when its close recorded neither (closed before they were recorded), it
 * goes to the top of the column with a new stageEnteredAt. Logged as REOPENED.
 */
export async function reopenDeal(context: Context, args: MutationReopenDealArgs): Promise<Deal> {
  const { prisma, tenantId } = context;
  const deal = await prisma.deal.findFirst({
    where: { id: args.id, tenantId },
    include: { stage: true },
  });
  if (!deal) throw notFound('Deal', args.id);
  if (deal.stage.kind === 'OPEN') throw userError('id: the deal is open, not won or lost', 'id');
  const closedFrom = await lastClose(context, deal);
  const stageId = args.stageId ?? closedFrom?.stageId ?? (await lastOpenStage(context, deal));
  const target = await prisma.pipelineStage.findFirst({ where: { id: stageId, tenantId } });
  if (!target) throw userError(`stageId: unknown stage ${stageId}`, 'stageId');
  if (target.kind !== 'OPEN')
    throw userError('stageId: a reopened deal goes to an open stage', 'stageId');
  const back = closedFrom?.stageId === target.id ? closedFrom.back : null;
  return moveDeal(
    context,
    { id: deal.id, stageId: target.id, position: 0, expectedVersion: args.expectedVersion },
    { reopening: true, back },
  );
}

/**
 * The open stage the deal was last closed from, with where the deal was in it when the close
 * recorded that (`fromPositionKey`, `fromStageEnteredAt`; `moveDealInTx`). A close from a stage
 * deleted since records nothing usable: the stage is then that of the close before it (as it was
 * before ADR 067), with no place to go back to. Null when no close names an open stage.
 */
async function lastClose(
  context: Context,
  deal: Deal,
): Promise<{ stageId: string; back: PlaceBefore | null } | null> {
  // The last time the deal left an open stage: a close whose stage is open, or gone (a close from
  // Won to Lost names a closed one).
  const [last] = await context.prisma.$queryRaw<
    {
      stageId: string | null;
      pipelineId: string | null;
      position: string | null;
      stageEnteredAt: string | null;
    }[]
  >`
    SELECT s.id AS "stageId", s."pipelineId", a.payload->>'fromPositionKey' AS position,
      a.payload->>'fromStageEnteredAt' AS "stageEnteredAt"
    FROM "Activity" a
    LEFT JOIN "PipelineStage" s ON s.id = a.payload->>'fromStageId'
    WHERE a."dealId" = ${deal.id} AND a."tenantId" = ${context.tenantId}
      AND a.type IN ('WON', 'LOST') AND (s.id IS NULL OR s.kind = 'OPEN')
    ORDER BY a."occurredAt" DESC, a.id DESC LIMIT 1`;
  if (!last) return null;
  if (last.stageId === null || last.pipelineId !== deal.pipelineId) {
    const stageId = await openStageOfAnEarlierClose(context, deal);
    return stageId === null ? null : { stageId, back: null };
  }
  const enteredAt = last.stageEnteredAt === null ? null : new Date(last.stageEnteredAt);
  const recorded =
    last.position !== null &&
    isPositionKey(last.position) &&
    enteredAt !== null &&
    !Number.isNaN(enteredAt.getTime());
  return {
    stageId: last.stageId,
    back: recorded ? { position: last.position!, stageEnteredAt: enteredAt } : null,
  };
}

async function openStageOfAnEarlierClose(
  { prisma, tenantId }: Context,
  deal: Deal,
): Promise<string | null> {
  const [closing] = await prisma.$queryRaw<{ stageId: string }[]>`
    SELECT s.id AS "stageId" FROM "Activity" a
    JOIN "PipelineStage" s ON s.id = a.payload->>'fromStageId' AND s.kind = 'OPEN'
      AND s."pipelineId" = ${deal.pipelineId}
    WHERE a."dealId" = ${deal.id} AND a."tenantId" = ${tenantId} AND a.type IN ('WON', 'LOST')
    ORDER BY a."occurredAt" DESC, a.id DESC LIMIT 1`;
  return closing?.stageId ?? null;
}

async function lastOpenStage({ prisma, tenantId }: Context, deal: Deal): Promise<string> {
  const last = await prisma.pipelineStage.findFirst({
    where: { pipelineId: deal.pipelineId, tenantId, kind: 'OPEN' },
    orderBy: { order: 'desc' },
  });
  if (!last) throw userError("id: the deal's pipeline has no open stage", 'id');
  return last.id;
}
