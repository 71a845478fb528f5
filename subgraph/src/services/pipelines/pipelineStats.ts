import type { Context } from '../../types/context';
import type { QueryPipelineStatsArgs } from '../../__generated__/resolvers-types';
import { notFound, userError } from '../common/errors';
import { median } from '../common/median';
import {
  Decimal,
  formatMoney,
  singleCurrencyAmount,
  sumByCurrency,
  type MoneyTotal,
} from '../common/money';
import { isRotting } from '../deals/rotting';
import { weightedValue } from './weightedValue';

const DAY = 86_400_000;

/**
 * A pipeline's health over a period: per stage the open deals (raw and weighted), the median days
 * deals stayed in it, the learned and hand-entered probabilities; win rate, average won deal,
 * median days to close and rotting deals. Amounts are one per currency: a deal's own currency,
 * which may differ from the pipeline's, is never added to another.
 */
export async function pipelineStats({ prisma, tenantId }: Context, args: QueryPipelineStatsArgs) {
  const to = args.to ? new Date(args.to) : new Date();
  const from = args.from ? new Date(args.from) : new Date(to.getTime() - 365 * DAY);
  if (to < from) throw userError('to: must not be before from', 'to');
  // `to` is a calendar day and counts whole: the period ends where the next day begins.
  const end = args.to ? new Date(to.getTime() + DAY) : to;
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
        currency: true,
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
      type: { in: ['CREATED', 'STAGE_CHANGED', 'REOPENED', 'WON', 'LOST'] },
      dealId: { in: deals.map((d) => d.id) },
      occurredAt: { lt: end },
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
  const closedInPeriod = deals.filter((d) => d.closedAt && d.closedAt >= from && d.closedAt < end);
  const won = closedInPeriod.filter((d) => stageById.get(d.stageId)?.kind === 'WON');
  const lost = closedInPeriod.filter((d) => stageById.get(d.stageId)?.kind === 'LOST');
  const averageWonValues = averageByCurrency(won);
  return {
    pipeline,
    stages: stages.map((stage) => {
      const inStage = deals.filter((d) => d.stageId === stage.id);
      const totals = sumByCurrency(inStage.map((d) => ({ currency: d.currency, amount: d.value })));
      const weightedTotals = sumByCurrency(
        totals.map((t) => ({ currency: t.currency, amount: weightedValue(t.amount, stage) })),
      );
      const days = median(stays.get(stage.id) ?? []);
      return {
        stage,
        dealCount: inStage.length,
        totals,
        weightedTotals,
        totalValue: singleCurrencyAmount(totals),
        weightedValue: singleCurrencyAmount(weightedTotals),
        medianDays: days === null ? null : Math.round(days * 10) / 10,
        learnedConversionRate: stage.learnedConversionRate,
        probability: stage.probability,
      };
    }),
    winRate: won.length + lost.length ? won.length / (won.length + lost.length) : null,
    wonCount: won.length,
    lostCount: lost.length,
    averageWonValues,
    averageWonValue: won.length ? singleCurrencyAmount(averageWonValues) : null,
    medianDaysToClose: median(
      won.map((d) => ((d.closedAt as Date).getTime() - d.createdAt.getTime()) / DAY),
    ),
    rottingCount: deals.filter((d) => {
      const stage = stageById.get(d.stageId);
      return stage ? isRotting(d, stage, now) : false;
    }).length,
  };
}

/** The average deal value per currency, each over the deals in that currency (sorted by currency). */
function averageByCurrency(deals: { value: Decimal; currency: string }[]): MoneyTotal[] {
  const byCurrency = new Map<string, { sum: Decimal; count: number }>();
  for (const { value, currency } of deals) {
    const entry = byCurrency.get(currency) ?? { sum: new Decimal(0), count: 0 };
    byCurrency.set(currency, { sum: entry.sum.plus(value), count: entry.count + 1 });
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, { sum, count }]) => ({ currency, amount: formatMoney(sum.dividedBy(count)) }));
}
