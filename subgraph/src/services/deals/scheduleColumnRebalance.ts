import type { PrismaClient } from '../../db/generated/client';
import { coalescedRuns } from '../common/coalescedRuns';
import { lockColumnsExclusive, REBALANCE_KEY_LENGTH, rebalanceColumn } from './dealColumn';

const rebalanceRuns = coalescedRuns('deal column rebalance');

/**
 * Rebalances a column whose keys have grown long or clashed (ADR 023), in its own transaction after the
 * change that lengthened them has committed, coalesced per stage: while a run for the stage is
 * going, further requests cause one more run. A run rewrites nothing when the column's keys are
 * short and distinct again (another process got there first). Never throws: a failure goes to `onError`, the
 * keys stay valid (only longer), and the next long key asks again.
 */
export function scheduleColumnRebalance(
  prisma: PrismaClient,
  stageId: string,
  onError?: (error: unknown) => void,
): Promise<void> {
  return rebalanceRuns.schedule(prisma, stageId, () => rebalanceIfLong(prisma, stageId), onError);
}

async function rebalanceIfLong(prisma: PrismaClient, stageId: string): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      await lockColumnsExclusive(tx, [stageId]);
      // Long keys, or two deals sharing one (the column's keys are ordered, so next to each other).
      const [row] = await tx.$queryRaw<{ needed: boolean }[]>`
        SELECT EXISTS (
          SELECT 1 FROM (
            SELECT position, lag(position) OVER (ORDER BY position, id) AS previous
            FROM "Deal" WHERE "stageId" = ${stageId}
          ) c WHERE length(c.position) > ${REBALANCE_KEY_LENGTH} OR c.position = c.previous
        ) AS needed`;
      if (row?.needed) await rebalanceColumn(tx, stageId);
    },
    // A column of tens of thousands of deals takes a few seconds; moves into it wait meanwhile.
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** Resolves when every scheduled rebalance on this client has finished (tests, shutdown). */
export function columnRebalancesSettled(prisma: PrismaClient): Promise<void> {
  return rebalanceRuns.settled(prisma);
}
