import type { PrismaClient } from '../../db/generated/client';
import { coalescedRuns } from '../common/coalescedRuns';
import { lockPipeline } from '../pipelines/lockPipeline';
import {
  learnRottingDays,
  learnStageRates,
  type ClosedDealPath,
} from '../pipelines/learnStageRates';

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
  rottingDays: number | null;
  handRottingDays: number | null;
  learnedRottingDays: number | null;
};

type Stay = { stageId: string; days: number };

/**
 * Recomputes a pipeline's stage rates (`learnStageRates`, ADR 026) from its deals closed within the
 * pipeline's window, and writes the stages whose figures changed: the learned rate, its sample, the
 * prior and the blended rate deals are weighted by, and the rotting threshold learned from the
 * stage's finished stays (`rottingDays` = the hand threshold, else the learned one). The hand-entered `probability` is never touched.
 *
 * Runs in its own transaction, after the close, reopen or stage change that asked for it has
 * committed (ADR 020): a pipeline-level advisory lock makes runs for one pipeline follow each other
 * (across processes), the history is read without row locks, and only the stage rows whose figures
 * changed are written, one at a time in id order (the order moves lock them in), so it can't
 * deadlock a move; the pipeline's row is locked first, as changes of its stages lock it.
 */
export async function recomputeLearnedRates(
  prisma: PrismaClient,
  tenantId: string,
  pipelineId: string,
  { now = new Date(), rotting = true }: { now?: Date; rotting?: boolean } = {},
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT true AS locked FROM pg_advisory_xact_lock(hashtext(${`learned-rates:${pipelineId}`}))`;
    // The pipeline's row before its stages' (the order changes of its stages take them in, ADR
    // 089): a reorder or a stage's deletion beside this run waits for it, or it for them.
    if (!(await lockPipeline(tx, tenantId, pipelineId))) return;
    const pipeline = await tx.pipeline.findFirst({
      where: { id: pipelineId, tenantId },
      select: { stageRateWindowMonths: true },
    });
    if (!pipeline) return;
    // The N months that end today in whole UTC days, from the day after this day N months ago: the
    // window the dashboard counts its 12 months in (lastTwelveMonths), so that "learned from 797
    // closed deals" and "797 won and lost" agree (from this moment N months ago, they differed by
    // the deals closed later that day).
    const since = new Date(
      Date.UTC(
        now.getUTCFullYear(),
        now.getUTCMonth() - pipeline.stageRateWindowMonths,
        now.getUTCDate() + 1,
      ),
    );
    const stages = await tx.$queryRaw<StageRow[]>`
      SELECT id, "order", kind::text AS kind, probability, "createdAt", "learnedConversionRate",
             "learnedSampleSize", "priorProbability", "blendedProbability",
             "rottingDays", "handRottingDays", "learnedRottingDays"
      FROM "PipelineStage" WHERE "pipelineId" = ${pipelineId} ORDER BY id`;
    // Each closed deal with the furthest open stage its history shows it in (created in, moved
    // from or to); a deal closed without any known open stage passed none but Won's. Read from the
    // pipeline's closed stages down (the deal index on stageId) and each deal's own activities (the
    // index on dealId): a close costs the pipeline's closed deals, not a scan of the tenant's deals
    // and, per deal, of the tenant's whole activity index (ADR 045).
    const deals = await tx.$queryRaw<ClosedDealPath[]>`
      WITH closed AS MATERIALIZED (
        SELECT d.id, s.kind = 'WON' AS won, COALESCE(d."closedAt", d."updatedAt") AS "closedAt"
        FROM "PipelineStage" s JOIN "Deal" d ON d."stageId" = s.id
        WHERE s."pipelineId" = ${pipelineId} AND s.kind IN ('WON', 'LOST')
          AND d."tenantId" = ${tenantId} AND d."pipelineId" = ${pipelineId}
          AND COALESCE(d."closedAt", d."updatedAt") >= ${since}
      )
      SELECT c.won, c."closedAt",
        (SELECT max(st."order")
           FROM "Activity" a
           CROSS JOIN LATERAL (VALUES (a.payload->>'stageId'), (a.payload->>'fromStageId'), (a.payload->>'toStageId')) AS x(stage_id)
           JOIN "PipelineStage" st ON st.id = x.stage_id AND st."pipelineId" = ${pipelineId} AND st.kind = 'OPEN'
           WHERE a."dealId" = c.id) AS "furthestOrder"
      FROM closed c`;
    // Finished stays: from entering a stage (created in it, moved to it) to the deal's next stage
    // event, for stays that ended in the window; the pipeline's deals by their stages, then their
    // activities by deal (not the tenant's activities by type, ADR 045). Without `rotting` the
    // stages keep their rotting thresholds and this read is skipped.
    const stays = !rotting
      ? []
      : await tx.$queryRaw<Stay[]>`
      WITH events AS (
        SELECT a."dealId", a."occurredAt",
               COALESCE(a.payload->>'toStageId', a.payload->>'stageId') AS entered
        FROM "PipelineStage" s
        JOIN "Deal" d ON d."stageId" = s.id
        JOIN "Activity" a ON a."dealId" = d.id
        WHERE s."pipelineId" = ${pipelineId} AND d."tenantId" = ${tenantId}
          AND d."pipelineId" = ${pipelineId}
          AND a.type IN ('CREATED', 'STAGE_CHANGED', 'REOPENED', 'WON', 'LOST')
      ), sequenced AS (
        SELECT entered, "occurredAt" AS entered_at,
               lead("occurredAt") OVER (PARTITION BY "dealId" ORDER BY "occurredAt") AS left_at
        FROM events WHERE entered IS NOT NULL
      )
      SELECT entered AS "stageId", EXTRACT(EPOCH FROM (left_at - entered_at))::float8 / 86400 AS days
      FROM sequenced WHERE left_at IS NOT NULL AND left_at >= ${since}`;
    const staysByStage = new Map<string, number[]>();
    for (const stay of stays) {
      const list = staysByStage.get(stay.stageId);
      if (list) list.push(stay.days);
      else staysByStage.set(stay.stageId, [stay.days]);
    }
    const rates = learnStageRates(stages, deals);
    for (const stage of stages) {
      const rate = rates.get(stage.id);
      if (!rate) continue;
      const learnedRottingDays = rotting
        ? learnRottingDays(staysByStage.get(stage.id) ?? [])
        : stage.learnedRottingDays;
      const rottingDays = rotting
        ? (stage.handRottingDays ?? learnedRottingDays)
        : stage.rottingDays;
      if (
        stage.learnedConversionRate === rate.learned &&
        stage.learnedSampleSize === rate.sample &&
        stage.priorProbability === rate.prior &&
        stage.blendedProbability === rate.blended &&
        stage.learnedRottingDays === learnedRottingDays &&
        stage.rottingDays === rottingDays
      )
        continue;
      await tx.pipelineStage.update({
        where: { id: stage.id },
        data: {
          learnedConversionRate: rate.learned,
          learnedSampleSize: rate.sample,
          priorProbability: rate.prior,
          blendedProbability: rate.blended,
          learnedRottingDays,
          rottingDays,
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
export async function recomputeAllLearnedRates(
  prisma: PrismaClient,
  options: { now?: Date } = {},
): Promise<number> {
  const pipelines = await prisma.pipeline.findMany({
    select: { id: true, tenantId: true },
    orderBy: { id: 'asc' },
  });
  for (const p of pipelines) await recomputeLearnedRates(prisma, p.tenantId, p.id, options);
  return pipelines.length;
}

/**
 * At most one run per pipeline and process every five seconds: under a stream of closes each run reads the
 * pipeline's closed deals and their histories, which cost more than the closes themselves (ADR 050).
 */
export const LEARNED_RATES_INTERVAL_MS = 5_000;

/**
 * A scheduled run relearns the rotting thresholds (`rotting`) at most this often per pipeline and
 * process; the rates, on every run. The thresholds come from every finished stay of the pipeline's
 * deals (all their stage history), most of a run's cost, and one close hardly moves them (ADR 056).
 */
export const ROTTING_RELEARN_INTERVAL_MS = 60_000;

/** When each pipeline's thresholds were last relearned by a scheduled run, per client. */
const rottingLearnedAt = new WeakMap<object, Map<string, number>>();

const learnedRateRuns = coalescedRuns('learned rates recomputation', {
  minIntervalMs: LEARNED_RATES_INTERVAL_MS,
  jitter: 0.5,
});

/**
 * Asks for a pipeline's learned rates to be recomputed after a close or reopen has committed,
 * coalescing requests: while a run for the pipeline is going, any number of further requests cause
 * exactly one more run (which sees every commit made before it starts), and no run starts sooner
 * than `LEARNED_RATES_INTERVAL_MS` (plus up to half of it at random) after the start of the last
 * one, going or finished (ADR 056). The rotting thresholds are relearned by the pipeline's first
 * run in this process and then at most every `ROTTING_RELEARN_INTERVAL_MS`. Never throws: a failed
 * run is reported to `onError` and the rates stay as they were until the next close.
 */
export function scheduleLearnedRates(
  prisma: PrismaClient,
  tenantId: string,
  pipelineId: string,
  onError?: (error: unknown) => void,
): Promise<void> {
  return learnedRateRuns.schedule(
    prisma,
    pipelineId,
    async () => {
      let learnedAt = rottingLearnedAt.get(prisma);
      if (!learnedAt) rottingLearnedAt.set(prisma, (learnedAt = new Map<string, number>()));
      const last = learnedAt.get(pipelineId);
      const started = performance.now();
      const rotting = last === undefined || started - last >= ROTTING_RELEARN_INTERVAL_MS;
      await recomputeLearnedRates(prisma, tenantId, pipelineId, { rotting });
      if (rotting) learnedAt.set(pipelineId, started);
    },
    onError,
  );
}

/** Resolves when every scheduled recomputation on this client has finished (tests, shutdown). */
export function learnedRatesSettled(prisma: PrismaClient): Promise<void> {
  return learnedRateRuns.settled(prisma);
}
