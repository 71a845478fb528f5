import type { PrismaClient } from '../../db/generated/client';
import { learnStageRates, type RateStage } from '../pipelines/learnStageRates';
import type { DealTrainingRow } from './loadDealTrainingData';

/**
 * What the stage rates (ADR 026: learned from closed deals, blended with the hand values,
 * non-decreasing) say for each of `rows`, learned from `training` only: the baseline the deal
 * model is measured against on the same holdout, with no outcome of the holdout behind it. A row
 * whose stage is unknown gets the training rows' share of won deals.
 */
export async function stageRateBaseline(
  prisma: PrismaClient,
  tenantId: string,
  training: readonly DealTrainingRow[],
  rows: readonly DealTrainingRow[],
): Promise<Float64Array> {
  const stages = await prisma.pipelineStage.findMany({
    where: { tenantId },
    select: {
      id: true,
      pipelineId: true,
      order: true,
      kind: true,
      probability: true,
      createdAt: true,
    },
  });
  const rates = new Map<string, number>();
  for (const pipelineId of new Set(stages.map((s) => s.pipelineId))) {
    const of: RateStage[] = stages.filter((s) => s.pipelineId === pipelineId);
    // One path per deal: the furthest stage any of its rows had reached.
    const paths = new Map<string, { won: boolean; closedAt: Date; furthestOrder: number | null }>();
    for (const r of training.filter((t) => t.pipelineId === pipelineId)) {
      const path = paths.get(r.dealId);
      const furthest = Math.max(path?.furthestOrder ?? -Infinity, r.furthestOrder ?? -Infinity);
      paths.set(r.dealId, {
        won: r.won,
        closedAt: r.closedAt,
        furthestOrder: Number.isFinite(furthest) ? furthest : null,
      });
    }
    const learned = learnStageRates(of, [...paths.values()]);
    for (const [id, rate] of learned) rates.set(id, rate.blended);
  }
  const picked = training.filter((r) => r.picked);
  const wonShare = picked.length ? picked.filter((r) => r.won).length / picked.length : 0.5;
  return Float64Array.from(rows, (r) => (r.stageId ? rates.get(r.stageId) : undefined) ?? wonShare);
}
