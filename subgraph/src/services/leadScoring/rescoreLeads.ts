import { isDatabaseUnavailable } from '../../db/databaseUnavailable';
import type { PrismaClient, ScoringRun } from '../../db/generated/client';
import { backgroundLogger } from '../../logging/logger';
import { commitScorePage, RunTakenOver, type PageTarget } from './commitScorePage';
import { ensureActiveModel } from './ensureActiveModel';
import { modelFromRow } from './modelFromRow';
import {
  rescoreScopeWhere,
  readLeadPage,
  scoreLeadPage,
  scoreLeads,
  type ActiveScorer,
  type RescoreScope,
} from './scoreLeadPage';

export { type ActiveScorer, type RescoreScope } from './scoreLeadPage';
export { NOTABLE_SCORE_CHANGE } from './writeScorePage';

export const DEFAULT_PAGE_SIZE = 2000;
/** Pages being written at once; reading and scoring the next page overlaps with them. */
export const CONCURRENT_PAGE_WRITES = 3;

export const RESCORE_ALL = 'rescore';
export const RESCORE_SOME = 'rescore-leads';

/**
 * A new run, or for all open leads, the tenant's latest all-leads run when it failed: it is
 * claimed back (FAILED -> RUNNING, by one caller only) and continues from its cursor, so a run
 * that failed half-way is finished by the next one, and no lead is scored twice in it.
 */
export async function startRescoreRun(
  prisma: PrismaClient,
  tenantId: string,
  scope: RescoreScope = {},
): Promise<ScoringRun> {
  if (!scope.ids) {
    const latest = await prisma.scoringRun.findFirst({
      where: { tenantId, kind: RESCORE_ALL },
      orderBy: { startedAt: 'desc' },
    });
    if (latest?.status === 'FAILED') {
      const claimed = await prisma.scoringRun.updateMany({
        where: { id: latest.id, status: 'FAILED' },
        data: { status: 'RUNNING', finishedAt: null },
      });
      if (claimed.count === 1)
        return prisma.scoringRun.findUniqueOrThrow({ where: { id: latest.id } });
    }
  }
  const total = await prisma.lead.count({ where: rescoreScopeWhere(tenantId, scope) });
  return prisma.scoringRun.create({
    data: { tenantId, kind: scope.ids ? RESCORE_SOME : RESCORE_ALL, total },
  });
}

export async function loadActiveScorer(
  prisma: PrismaClient,
  tenantId: string,
): Promise<ActiveScorer> {
  const row = await ensureActiveModel(prisma, tenantId);
  return { model: modelFromRow(row), version: String(row.version) };
}

export type PageOptions = { now?: Date; pageSize?: number; scorer?: ActiveScorer };

const finishRun = (prisma: PrismaClient, runId: string) =>
  prisma.scoringRun.updateMany({
    where: { id: runId, status: 'RUNNING' },
    data: { status: 'SUCCEEDED', error: null, finishedAt: new Date() },
  });

/**
 * What a run's `error` says: plain words for the operator's screen; the causes go to the log.
 * `failures` are the run's own failure and those of the pages it was reading and writing at the
 * time: when the database goes away, the one that surfaces first may be a consequence (a pooled
 * connection that broke mid-transaction is "not queryable"), so any of them showing the database
 * unreachable says so, with the same test the API uses for its SERVICE_UNAVAILABLE answers.
 */
export function failureMessage(
  failures: readonly unknown[],
  run: Pick<ScoringRun, 'processed' | 'total'>,
): string {
  const reason = failures.some(isDatabaseUnavailable)
    ? 'the database could not be reached'
    : 'an internal error';
  return `Stopped after ${run.processed} of ${run.total} leads (${reason}); the next run continues from there`;
}

/** How long a run that failed while the database was away keeps trying to be marked FAILED. */
export const MARK_FAILED_FOR_MS = 10 * 60_000;

/**
 * Marks the run FAILED, so that the next run resumes it. The connections the pool held may have
 * died with the failure (a killed backend, a network cut): a few tries give it fresh ones. If the
 * database is still away, the caller is not kept waiting: the run is marked once the database is
 * back (tries in the background, further and further apart, for up to `MARK_FAILED_FOR_MS`), so
 * it does not stay RUNNING, unresumable, until the process restarts (found by an operator
 * session); a restarting process resumes it as before.
 */
async function recordFailure(
  prisma: PrismaClient,
  runId: string,
  failures: readonly unknown[],
): Promise<void> {
  const mark = async () => {
    const reached = await prisma.scoringRun.findUniqueOrThrow({ where: { id: runId } });
    await prisma.scoringRun.updateMany({
      where: { id: runId, status: 'RUNNING' },
      data: {
        status: 'FAILED',
        error: failureMessage(failures, reached),
        finishedAt: new Date(),
      },
    });
  };
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await mark();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
  const giveUpAt = Date.now() + MARK_FAILED_FOR_MS;
  const retry = (delayMs: number) =>
    setTimeout(() => {
      mark().catch((markError: unknown) => {
        if (Date.now() + delayMs > giveUpAt) {
          backgroundLogger().error(
            { err: markError, runId },
            'A failed rescoring run could not be marked failed; it stays RUNNING until resumed',
          );
          return;
        }
        retry(Math.min(delayMs * 2, 15_000));
      });
    }, delayMs).unref();
  retry(1_000);
}

/** Scores the next page of a run (after its cursor) and writes it with the run's new cursor. */
export async function rescorePage(
  prisma: PrismaClient,
  runId: string,
  scope: RescoreScope = {},
  { now = new Date(), pageSize = DEFAULT_PAGE_SIZE, scorer }: PageOptions = {},
): Promise<{ processed: number; done: boolean }> {
  const run = await prisma.scoringRun.findUniqueOrThrow({ where: { id: runId } });
  if (run.status !== 'RUNNING') return { processed: 0, done: true };
  const active = scorer ?? (await loadActiveScorer(prisma, run.tenantId));
  const page = await scoreLeadPage(prisma, run.tenantId, scope, run.cursor, {
    scorer: active,
    pageSize,
    now,
  });
  if (page) {
    const target = { runId, tenantId: run.tenantId, modelVersion: active.version, scoredAt: now };
    try {
      await commitScorePage(prisma, target, page, Promise.resolve());
    } catch (error) {
      // Another worker wrote this page: the next step starts from where it left the cursor.
      if (error instanceof RunTakenOver) return { processed: 0, done: false };
      throw error;
    }
  }
  if (!page || page.last) await finishRun(prisma, runId);
  return { processed: page?.writes.length ?? 0, done: !page || page.last };
}

/**
 * Runs (or resumes) a rescoring run to the end; a failure while scoring or writing is recorded on
 * the run and rethrown (an unknown run is not caught: there is no run to record it on). Pipelined: while up to CONCURRENT_PAGE_WRITES pages are being written (each on its own
 * connection, committing in page order), the next page is read and scored; the page after it
 * is read while this one is scored. Customers are read once per run, not once per page.
 */
export async function completeRescoreRun(
  prisma: PrismaClient,
  runId: string,
  scope: RescoreScope = {},
  { now = new Date(), pageSize = DEFAULT_PAGE_SIZE, scorer }: PageOptions = {},
): Promise<ScoringRun> {
  const run = await prisma.scoringRun.findUniqueOrThrow({ where: { id: runId } });
  if (run.status !== 'RUNNING') return run;
  const writing: Promise<void>[] = [];
  let reading: Promise<unknown> = Promise.resolve();
  try {
    const active = scorer ?? (await loadActiveScorer(prisma, run.tenantId));
    const target: PageTarget = {
      runId,
      tenantId: run.tenantId,
      modelVersion: active.version,
      scoredAt: now,
    };
    const options = { scorer: active, pageSize, now, customers: new Map() };
    let previous: Promise<unknown> = Promise.resolve();
    let after = run.cursor;
    let next = readLeadPage(prisma, run.tenantId, scope, after, pageSize);
    for (;;) {
      const leads = await next;
      if (leads.length === 0) break;
      const last = leads.length < pageSize;
      if (!last) {
        // The next page is read while this one is scored and written; awaited on the next turn
        // (its failure is thrown there), so until then it must not count as an unhandled rejection.
        next = readLeadPage(prisma, run.tenantId, scope, leads.at(-1)!.id, pageSize);
        next.catch(() => {});
        reading = next;
      }
      const page = await scoreLeads(prisma, run.tenantId, leads, after, options);
      after = page.cursor;
      if (writing.length >= CONCURRENT_PAGE_WRITES) await writing.shift();
      previous = commitScorePage(prisma, target, page, previous);
      // Awaited below (its failure is thrown there); until then not an unhandled rejection.
      previous.catch(() => {});
      writing.push(previous as Promise<void>);
      if (last) break;
    }
    await Promise.all(writing);
    await finishRun(prisma, runId);
  } catch (error) {
    // Nothing still reads or writes for the run when it is marked failed. Their failures are
    // consequences of this one, which is logged and rethrown; the recorded message looks at all.
    const settled = await Promise.allSettled([...writing, reading]);
    const failures = [
      error,
      ...settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : [])),
    ];
    const takenOver = failures.some((e) => e instanceof RunTakenOver);
    // Another worker (a resumed copy of this run) writes its pages: this one simply stops.
    if (takenOver) return prisma.scoringRun.findUniqueOrThrow({ where: { id: runId } });
    backgroundLogger().error({ err: error, runId, tenantId: run.tenantId }, 'Rescoring run failed');
    await recordFailure(prisma, runId, failures);
    throw error;
  }
  return prisma.scoringRun.findUniqueOrThrow({ where: { id: runId } });
}

/** Starts and completes a run: what the mutation, the scheduler and the Inngest functions call. */
export async function rescoreLeads(
  prisma: PrismaClient,
  tenantId: string,
  scope: RescoreScope = {},
  options: PageOptions = {},
): Promise<ScoringRun> {
  const run = await startRescoreRun(prisma, tenantId, scope);
  return completeRescoreRun(prisma, run.id, scope, options);
}
