import type { PrismaClient } from '../../db/generated/client';
import { learnStageRates, type ClosedDealPath } from '../pipelines/learnStageRates';

type StageRow = {
  id: string;
  order: number;
  kind: 'OPEN' | 'WON' | 'LOST';
  probability: number | null;
  createdAt: Date;
  learnedConversionRate: number | null;
  learnedSampleSize: number;
  priorProbability: number | null;
  blendedProbability: number | null;
};

/**
 * Recomputes a pipeline's stage rates (`learnStageRates`, ADR 026) from its deals closed within the
 * pipeline's window, and writes the stages whose figures changed: the learned rate, its sample, the
 * prior and the blended rate deals are weighted by. The hand-entered `probability` is never touched.
 *
 * Runs in its own transaction, after the close, reopen or stage change that asked for it has
 * committed (ADR 020): a pipeline-level advisory lock makes runs for one pipeline follow each other
 * (across processes), the history is read without row locks, and only the stage rows whose figures
 * changed are written, one at a time in id order (the order moves lock them in), so it can't
 * deadlock a move.
 */
export async function recomputeLearnedRates(
  prisma: PrismaClient,
  tenantId: string,
  pipelineId: string,
  { now = new Date() }: { now?: Date } = {},
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT true AS locked FROM pg_advisory_xact_lock(hashtext(${`learned-rates:${pipelineId}`}))`;
    const pipeline = await tx.pipeline.findFirst({
      where: { id: pipelineId, tenantId },
      select: { stageRateWindowMonths: true },
    });
    if (!pipeline) return;
    const since = new Date(now);
    since.setUTCMonth(since.getUTCMonth() - pipeline.stageRateWindowMonths);
    const stages = await tx.$queryRaw<StageRow[]>`
      SELECT id, "order", kind::text AS kind, probability, "createdAt", "learnedConversionRate",
             "learnedSampleSize", "priorProbability", "blendedProbability"
      FROM "PipelineStage" WHERE "pipelineId" = ${pipelineId} ORDER BY id`;
    // Each closed deal with the furthest open stage its history shows it in (created in, moved
    // from or to); a deal closed without any known open stage passed none but Won's.
    const deals = await tx.$queryRaw<ClosedDealPath[]>`
      SELECT s.kind = 'WON' AS won, COALESCE(d."closedAt", d."updatedAt") AS "closedAt",
        (SELECT max(st."order")
           FROM "Activity" a
           CROSS JOIN LATERAL (VALUES (a.payload->>'stageId'), (a.payload->>'fromStageId'), (a.payload->>'toStageId')) AS x(stage_id)
           JOIN "PipelineStage" st ON st.id = x.stage_id AND st."pipelineId" = ${pipelineId} AND st.kind = 'OPEN'
           WHERE a."dealId" = d.id AND a."tenantId" = ${tenantId}) AS "furthestOrder"
      FROM "Deal" d JOIN "PipelineStage" s ON s.id = d."stageId"
      WHERE d."tenantId" = ${tenantId} AND d."pipelineId" = ${pipelineId} AND s.kind IN ('WON', 'LOST')
        AND COALESCE(d."closedAt", d."updatedAt") >= ${since}`;
    const rates = learnStageRates(stages, deals);
    for (const stage of stages) {
      const rate = rates.get(stage.id);
      if (!rate) continue;
      if (
        stage.learnedConversionRate === rate.learned &&
        stage.learnedSampleSize === rate.sample &&
        stage.priorProbability === rate.prior &&
        stage.blendedProbability === rate.blended
      )
        continue;
      await tx.pipelineStage.update({
        where: { id: stage.id },
        data: {
          learnedConversionRate: rate.learned,
          learnedSampleSize: rate.sample,
          priorProbability: rate.prior,
          blendedProbability: rate.blended,
        },
      });
    }
    await tx.pipeline.update({
      where: { id: pipelineId },
      data: { stageRatesComputedAt: now, stageRatesClosedDeals: deals.length },
    });
  });
}

/** Recomputes the stage rates of every pipeline (start-up, after the demo seed). */
export async function recomputeAllLearnedRates(prisma: PrismaClient): Promise<number> {
  const pipelines = await prisma.pipeline.findMany({
    select: { id: true, tenantId: true },
    orderBy: { id: 'asc' },
  });
  for (const p of pipelines) await recomputeLearnedRates(prisma, p.tenantId, p.id);
  return pipelines.length;
}

type Run = { done: Promise<void>; again: boolean };
const runs = new WeakMap<PrismaClient, Map<string, Run>>();

/**
 * Asks for a pipeline's learned rates to be recomputed after a close or reopen has committed,
 * coalescing requests: while a run for the pipeline is going, any number of further requests cause
 * exactly one more run (which sees every commit made before it starts). Never throws: a failed run
 * is reported to `onError` and the rates stay as they were until the next close.
 */
export function scheduleLearnedRates(
  prisma: PrismaClient,
  tenantId: string,
  pipelineId: string,
  onError: (error: unknown) => void = reportError,
): Promise<void> {
  let pending = runs.get(prisma);
  if (!pending) runs.set(prisma, (pending = new Map<string, Run>()));
  const current = pending.get(pipelineId);
  if (current) {
    current.again = true;
    return current.done;
  }
  const run: Run = { done: Promise.resolve(), again: true };
  const map = pending;
  run.done = (async () => {
    try {
      while (run.again) {
        run.again = false;
        try {
          await recomputeLearnedRates(prisma, tenantId, pipelineId);
        } catch (error) {
          onError(error);
        }
      }
    } finally {
      map.delete(pipelineId);
    }
  })();
  map.set(pipelineId, run);
  return run.done;
}

/** Resolves when every scheduled recomputation on this client has finished (tests, shutdown). */
export async function learnedRatesSettled(prisma: PrismaClient): Promise<void> {
  const pending = runs.get(prisma);
  while (pending && pending.size > 0) await Promise.all([...pending.values()].map((r) => r.done));
}

function reportError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `${JSON.stringify({ level: 'error', msg: 'learned rates recomputation failed', error: message })}\n`,
  );
}
