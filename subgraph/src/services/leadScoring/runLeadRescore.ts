import type { PrismaClient, ScoringRun } from '../../db/generated/client';
import { backgroundLogger } from '../../logging/logger';
import { userError } from '../common/errors';
import { completeRescoreRun, startRescoreRun } from './rescoreLeads';

/** Runs up to this many leads finish inside the request; larger ones continue in the background. */
export const SYNC_RESCORE_LIMIT = 20_000;
export const MAX_REFRESH_IDS = 1000;

export type RefreshOutcome = { run: ScoringRun; rescored: number };

/**
 * Rescores the given open leads, or all of the tenant's open leads when `ids` is omitted. A large
 * run returns at once, RUNNING, and reports its progress through `scoringRun(id)`.
 */
export async function runLeadRescore(
  prisma: PrismaClient,
  tenantId: string,
  ids: readonly string[] | null | undefined,
  {
    now,
    background = runInBackground,
  }: { now?: Date; background?: (work: () => Promise<unknown>) => void } = {},
): Promise<RefreshOutcome> {
  if (ids && ids.length > MAX_REFRESH_IDS)
    throw userError(
      `ids: at most ${MAX_REFRESH_IDS} leads at a time; omit ids to refresh all`,
      'ids',
    );
  const scope = ids ? { ids: [...new Set(ids)] } : {};
  const run = await startRescoreRun(prisma, tenantId, scope);
  const options = now ? { now } : {};
  if (run.total > SYNC_RESCORE_LIMIT) {
    background(() => completeRescoreRun(prisma, run.id, scope, options));
    return { run, rescored: 0 };
  }
  const finished = await completeRescoreRun(prisma, run.id, scope, options);
  return { run: finished, rescored: finished.processed };
}

function runInBackground(work: () => Promise<unknown>): void {
  // The failure is recorded on the run (status FAILED, error) and logged by completeRescoreRun;
  // this line says it happened after the request had been answered.
  work().catch((error: unknown) =>
    backgroundLogger().error({ err: error }, 'Background rescoring failed'),
  );
}
