import type { Context } from '../../types/context';
import type { QueryPipelineStatsArgs } from '../../__generated__/resolvers-types';
import { notFound, userError } from '../common/errors';
import { median } from '../common/median';
import { formatMoney, ZERO } from '../common/money';
import { isRotting } from '../deals/rotting';
import { weightedValue } from './weightedValue';

const DAY = 86_400_000;

/**
 * A pipeline's health over a period: per stage the open deals (raw and weighted), the median days
 * deals stayed in it, the learned and hand-entered probabilities; win rate, average won deal,
 * median days to close and rotting deals.
 */
export async function pipelineStats({ prisma, tenantId }: Context, args: QueryPipelineStatsArgs) {
  const to = args.to ? new Date(args.to) : new Date();
  const from = args.from ? new Date(args.from) : new Date(to.getTime() - 365 * DAY);
  if (to < from) throw userError('to: must not be before from', 'to');
  const pipeline = await prisma.pipeline.findFirst({ where: { id: args.pipelineId, tenantId } });
  if (!pipeline) throw notFound('Pipeline', args.pipelineId);
  const [stages, deals] = await Promise.all([
    prisma.pipelineStage.findMany({
      where: { pipelineId: pipeline.id },
      orderBy: { order: 'asc' },
    }),
    prisma.deal.findMany({
      where: { tenantId, pipelineId: pipeline.id },
      select: {
        id: true,
        value: true,
        stageId: true,
        stageEnteredAt: true,
        closedAt: true,
        createdAt: true,
      },
    }),
  ]);
  const moves = await prisma.activity.findMany({
    where: {
      tenantId,
      type: { in: ['CREATED', 'STAGE_CHANGED', 'WON', 'LOST'] },
      dealId: { in: deals.map((d) => d.id) },
      occurredAt: { lte: to },
    },
    select: { dealId: true, type: true, payload: true, occurredAt: true },
    orderBy: { occurredAt: 'asc' },
  });
  const stageById = new Map(stages.map((s) => [s.id, s]));

  // Time in stage: from entering a stage to the next move, for stays that ended in the period.
  const stays = new Map<string, number[]>();
  const lastEntry = new Map<string, { stageId: string; at: Date }>();
  for (const move of moves) {
    const payload = move.payload as { stageId?: string; toStageId?: string };
    const entered = payload.toStageId ?? payload.stageId;
    if (!move.dealId || !entered || !stageById.has(entered)) continue;
    const previous = lastEntry.get(move.dealId);
    if (previous && move.type !== 'CREATED' && move.occurredAt >= from) {
      const list = stays.get(previous.stageId) ?? [];
      list.push((move.occurredAt.getTime() - previous.at.getTime()) / DAY);
      stays.set(previous.stageId, list);
    }
    lastEntry.set(move.dealId, { stageId: entered, at: move.occurredAt });
  }

  const now = new Date();
  const closedInPeriod = deals.filter((d) => d.closedAt && d.closedAt >= from && d.closedAt <= to);
  const won = closedInPeriod.filter((d) => stageById.get(d.stageId)?.kind === 'WON');
  const lost = closedInPeriod.filter((d) => stageById.get(d.stageId)?.kind === 'LOST');
  const wonTotal = won.reduce((sum, d) => sum.plus(d.value), ZERO);
  return {
    pipeline,
    stages: stages.map((stage) => {
      const inStage = deals.filter((d) => d.stageId === stage.id);
      const total = inStage.reduce((sum, d) => sum.plus(d.value), ZERO);
      const days = median(stays.get(stage.id) ?? []);
      return {
        stage,
        dealCount: inStage.length,
        totalValue: formatMoney(total),
        weightedValue: formatMoney(weightedValue(total, stage)),
        medianDays: days === null ? null : Math.round(days * 10) / 10,
        learnedConversionRate: stage.learnedConversionRate,
        probability: stage.probability,
      };
    }),
    winRate: won.length + lost.length ? won.length / (won.length + lost.length) : null,
    wonCount: won.length,
    lostCount: lost.length,
    averageWonValue: won.length ? formatMoney(wonTotal.dividedBy(won.length)) : null,
    medianDaysToClose: median(
      won.map((d) => ((d.closedAt as Date).getTime() - d.createdAt.getTime()) / DAY),
    ),
    rottingCount: deals.filter((d) => {
      const stage = stageById.get(d.stageId);
      return stage ? isRotting(d, stage, now) : false;
    }).length,
  };
}
