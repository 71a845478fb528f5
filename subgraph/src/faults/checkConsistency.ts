import { expect } from 'vitest';
import type { PrismaClient } from '../db/generated/client';
import { tenantId } from './faultHarness';
import type { LoadReport } from './loadOfReadsAndMoves';

export type Consistency = {
  deals: number;
  dealsOutsideOneStage: number;
  duplicatePositions: number;
  acknowledged: number;
  committed: number;
  activities: number;
  uncertain: number;
  duplicateSnapshots: number;
};

/**
 * What must hold after any fault: every deal in exactly one stage of its own pipeline; in each
 * stage, ORDER BY position, id a strict total order with no duplicate position (whatever the
 * positions' representation); every acknowledged move committed, every committed move logged
 * (committed = Σ version changes of the moved deals = their move activities), and no more
 * committed than acknowledged plus the moves whose answer was lost; one snapshot per lead per run.
 */
export async function checkConsistency(
  prisma: PrismaClient,
  load?: LoadReport,
): Promise<Consistency> {
  const [{ deals, outside }] = await prisma.$queryRaw<[{ deals: number; outside: number }]>`
    SELECT count(*)::int AS deals,
           count(*) FILTER (WHERE s.id IS NULL OR s."pipelineId" <> d."pipelineId")::int AS outside
    FROM "Deal" d LEFT JOIN "PipelineStage" s ON s.id = d."stageId"
    WHERE d."tenantId" = ${tenantId}`;
  const [{ duplicates }] = await prisma.$queryRaw<[{ duplicates: number }]>`
    SELECT count(*)::int AS duplicates FROM (
      SELECT "stageId", position FROM "Deal" WHERE "tenantId" = ${tenantId}
      GROUP BY "stageId", position HAVING count(*) > 1) d`;
  const [{ snapshots }] = await prisma.$queryRaw<[{ snapshots: number }]>`
    SELECT count(*)::int AS snapshots FROM (
      SELECT "runId", "leadId" FROM "LeadScoreSnapshot" WHERE "runId" IS NOT NULL
      GROUP BY "runId", "leadId" HAVING count(*) > 1) s`;
  let committed = 0;
  let activities = 0;
  if (load) {
    const ids = [...load.startVersions.keys()];
    const now = await prisma.deal.findMany({
      where: { id: { in: ids } },
      select: { id: true, version: true },
    });
    committed = now.reduce((sum, d) => sum + d.version - load.startVersions.get(d.id)!, 0);
    activities = await prisma.activity.count({
      where: {
        dealId: { in: ids },
        type: { in: ['STAGE_CHANGED', 'UPDATED'] },
        createdAt: { gte: load.startedAt },
      },
    });
  }
  const result: Consistency = {
    deals,
    dealsOutsideOneStage: outside,
    duplicatePositions: duplicates,
    acknowledged: load?.acknowledged ?? 0,
    committed,
    activities,
    uncertain: load?.uncertain ?? 0,
    duplicateSnapshots: snapshots,
  };
  console.log(`consistency: ${JSON.stringify(result)}`);
  expect(result.deals).toBeGreaterThan(0);
  expect(result.dealsOutsideOneStage).toBe(0);
  expect(result.duplicatePositions).toBe(0);
  expect(result.duplicateSnapshots).toBe(0);
  expect(result.committed).toBe(result.activities);
  expect(result.committed).toBeGreaterThanOrEqual(result.acknowledged);
  expect(result.committed).toBeLessThanOrEqual(result.acknowledged + result.uncertain);
  return result;
}
