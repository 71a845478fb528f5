import type { PrismaClient } from '../../db/generated/client';
import type { ScoredPage } from './scoreLeadPage';
import { writeScorePage } from './writeScorePage';

export type PageTarget = { runId: string; tenantId: string; modelVersion: string; scoredAt: Date };

/** Generous: on PGlite (one connection) a page's transaction waits for the one before it. */
const TRANSACTION_LIMIT_MS = 10 * 60_000;

/**
 * Writes a scored page and advances the run's progress and cursor in one transaction, so a page
 * is written entirely or not at all. Pages may be written concurrently, but each commits only
 * after `previous` (the page before it) has committed, and fails if that one failed: the stored
 * cursor never passes a page that is not written, and a resumed run starts right after it.
 */
export function commitScorePage(
  prisma: PrismaClient,
  target: PageTarget,
  page: ScoredPage,
  previous: Promise<unknown>,
): Promise<void> {
  const { runId, ...write } = target;
  return prisma.$transaction(
    async (tx) => {
      await writeScorePage(tx, { ...write, writes: page.writes });
      await previous;
      await tx.scoringRun.update({
        where: { id: runId },
        data: { processed: { increment: page.writes.length }, cursor: page.cursor },
        select: { id: true },
      });
    },
    { maxWait: TRANSACTION_LIMIT_MS, timeout: TRANSACTION_LIMIT_MS },
  );
}
