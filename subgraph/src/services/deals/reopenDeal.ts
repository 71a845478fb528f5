import type { Context } from '../../types/context';
import type { Deal } from '../../db/generated/client';
import type { MutationReopenDealArgs } from '../../__generated__/resolvers-types';
import { notFound, userError } from '../common/errors';
import { moveDeal } from './moveDeal';

/**
 * Moves a won or lost deal back to an open stage of its pipeline (the top of the column), as a
 * move does: lost reason and closedAt cleared, the converted lead's outcome cleared, the stage
 * rates recomputed after the commit. Without `stageId`, the open stage the deal was closed from
 * (else the pipeline's last open stage). Logged as REOPENED.
 */
export async function reopenDeal(context: Context, args: MutationReopenDealArgs): Promise<Deal> {
  const { prisma, tenantId } = context;
  const deal = await prisma.deal.findFirst({
    where: { id: args.id, tenantId },
    include: { stage: true },
  });
  if (!deal) throw notFound('Deal', args.id);
  if (deal.stage.kind === 'OPEN') throw userError('id: the deal is open, not won or lost', 'id');
  const stageId = args.stageId ?? (await stageClosedFrom(context, deal));
  const target = await prisma.pipelineStage.findFirst({ where: { id: stageId, tenantId } });
  if (!target) throw userError(`stageId: unknown stage ${stageId}`, 'stageId');
  if (target.kind !== 'OPEN')
    throw userError('stageId: a reopened deal goes to an open stage', 'stageId');
  return moveDeal(
    context,
    { id: deal.id, stageId: target.id, position: 0, expectedVersion: args.expectedVersion },
    { reopening: true },
  );
}

async function stageClosedFrom({ prisma, tenantId }: Context, deal: Deal): Promise<string> {
  const [closing] = await prisma.$queryRaw<{ stageId: string }[]>`
    SELECT s.id AS "stageId" FROM "Activity" a
    JOIN "PipelineStage" s ON s.id = a.payload->>'fromStageId' AND s.kind = 'OPEN'
      AND s."pipelineId" = ${deal.pipelineId}
    WHERE a."dealId" = ${deal.id} AND a."tenantId" = ${tenantId} AND a.type IN ('WON', 'LOST')
    ORDER BY a."occurredAt" DESC, a.id DESC LIMIT 1`;
  if (closing) return closing.stageId;
  const last = await prisma.pipelineStage.findFirst({
    where: { pipelineId: deal.pipelineId, tenantId, kind: 'OPEN' },
    orderBy: { order: 'desc' },
  });
  if (!last) throw userError("id: the deal's pipeline has no open stage", 'id');
  return last.id;
}
