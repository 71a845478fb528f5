import type { PrismaClient } from '../../db/generated/client';
import type { ScoredPage } from './scoreLeadPage';
import { writeScorePage } from './writeScorePage';

export type PageTarget = { runId: string; tenantId: string; modelVersion: string; scoredAt: Date };

/** Generous: on PGlite (one connection) a page's transaction waits for the one before it. */
const TRANSACTION_LIMIT_MS = 10 * 60_000;

/**
 * The run's cursor was not where this page started (another worker wrote the page, or the run
 * is no longer RUNNING): the page was rolled back, and this worker leaves the run to the other.
 */
export class RunTakenOver extends Error {
  constructor(runId: string) {
    super(`scoring run ${runId} moved on without this worker`);
    this.name = 'RunTakenOver';
  }
}

/**
 * Writes a scored page and advances the run's progress and cursor in one transaction, so a page
 * is written entirely or not at all. Pages may be written concurrently, but each commits only
 * after `previous` (the page before it) has committed, and fails if that one failed: the stored
 * cursor never passes a page that is not written, and a resumed run starts right after it. The
 * cursor moves only from where the page started (`page.after`), so two workers on one run never
 * both write a page: the second one's transaction rolls back with `RunTakenOver`.
 */
export function commitScorePage(
  prisma: PrismaClient,
  target: PageTarget,
  page: ScoredPage,
  previous: Promise<unknown>,
): Promise<void> {
  const { runId } = target;
  return prisma.$transaction(
    async (tx) => {
      await writeScorePage(tx, { ...target, writes: page.writes });
      await previous;
      const moved = await tx.scoringRun.updateMany({
        where: { id: runId, status: 'RUNNING', cursor: page.after },
        data: { processed: { increment: page.writes.length }, cursor: page.cursor },
      });
      if (moved.count !== 1) throw new RunTakenOver(runId);
    },
    { maxWait: TRANSACTION_LIMIT_MS, timeout: TRANSACTION_LIMIT_MS },
  );
}
