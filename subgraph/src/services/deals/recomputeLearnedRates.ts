import type { PrismaClient } from '../../db/generated/client';

type RateRow = { id: string; rate: number };

/**
 * Learns each open stage's conversion rate from the pipeline's closed deals (Odoo's rule): a won
 * deal counts as won in every stage, a lost deal as lost only in the stages it reached (from its
 * timeline). Writes `learnedConversionRate`; the hand-entered `probability` is never touched.
 *
 * Runs in its own transaction, after the close or reopen that asked for it has committed (ADR 006):
 * a pipeline-level advisory lock makes runs for one pipeline follow each other (across processes),
 * the rates are computed without row locks, and only the stage rows whose rate changed are written,
 * locked one at a time in id order (the order moves lock them in), so it can't deadlock a move.
 */
export async function recomputeLearnedRates(
  prisma: PrismaClient,
  tenantId: string,
  pipelineId: string,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT true AS locked FROM pg_advisory_xact_lock(hashtext(${`learned-rates:${pipelineId}`}))`;
    const rates = await tx.$queryRaw<RateRow[]>`
      WITH closed AS (
        SELECT d.id, s.kind FROM "Deal" d JOIN "PipelineStage" s ON s.id = d."stageId"
        WHERE d."tenantId" = ${tenantId} AND d."pipelineId" = ${pipelineId} AND s.kind IN ('WON', 'LOST')
      ), reached AS (
        SELECT DISTINCT a."dealId", x.stage_id
        FROM "Activity" a JOIN closed c ON c.id = a."dealId"
        CROSS JOIN LATERAL (VALUES (a.payload->>'stageId'), (a.payload->>'fromStageId'), (a.payload->>'toStageId')) AS x(stage_id)
        WHERE a."tenantId" = ${tenantId} AND x.stage_id IS NOT NULL
      ), rates AS (
        SELECT st.id, count(*) FILTER (WHERE c.kind = 'WON') AS won, count(*) AS total
        FROM "PipelineStage" st
        CROSS JOIN closed c
        LEFT JOIN reached r ON r."dealId" = c.id AND r.stage_id = st.id
        WHERE st."pipelineId" = ${pipelineId} AND st.kind = 'OPEN' AND (c.kind = 'WON' OR r.stage_id IS NOT NULL)
        GROUP BY st.id
      )
      SELECT p.id, rates.won::float8 / rates.total AS rate
      FROM "PipelineStage" p JOIN rates ON rates.id = p.id
      WHERE p."learnedConversionRate" IS DISTINCT FROM rates.won::float8 / rates.total
      ORDER BY p.id`;
    for (const { id, rate } of rates) {
      await tx.$executeRaw`UPDATE "PipelineStage" SET "learnedConversionRate" = ${rate} WHERE id = ${id}`;
    }
  });
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
