import { Prisma, type PrismaClient } from '../../db/generated/client';
import type { SnapshotFactor } from './topFactors';

export type ScoreWrite = {
  id: string;
  score: number;
  probability: number;
  /** Factors for a score snapshot; null when the score did not change (no snapshot). */
  factors: SnapshotFactor[] | null;
  /** The previous score when the change is notable enough for a SCORE_CHANGED activity. */
  notableFrom: number | null;
};

/**
 * Writes one page of scores in a single statement: the leads' scores (one UPDATE ... FROM),
 * snapshots and SCORE_CHANGED activities (one INSERT each), and the run's progress and cursor,
 * so a page is written entirely or not at all and a run resumes after its last written page.
 * The rows come in as parallel arrays: unnest() of array parameters lets the planner see the
 * page's true size (a jsonb_to_recordset guess of 100+ rows per row made every page JIT-compile
 * and hash-join the whole Lead table).
 */
export async function writeScorePage(
  prisma: PrismaClient,
  input: { tenantId: string; runId: string; modelVersion: string; scoredAt: Date; cursor: string | null; writes: ScoreWrite[] },
): Promise<void> {
  const { tenantId, runId, modelVersion, scoredAt, cursor, writes } = input;
  const ids = writes.map((w) => w.id);
  const scores = writes.map((w) => w.score);
  const probabilities = writes.map((w) => w.probability);
  const factors = writes.map((w) => (w.factors ? JSON.stringify(w.factors) : null));
  const notableFrom = writes.map((w) => w.notableFrom);
  const at = scoredAt.toISOString();
  await prisma.$executeRaw(Prisma.sql`
    WITH input AS (
      SELECT * FROM unnest(${ids}::text[], ${scores}::int[], ${probabilities}::float8[], ${factors}::jsonb[], ${notableFrom}::int[])
        AS t(id, s, p, f, n)
    ), scored AS (
      UPDATE "Lead" l SET score = i.s, probability = i.p, "scoredAt" = ${at}::timestamp(3), "scoreModelVersion" = ${modelVersion}
      FROM input i WHERE l.id = i.id AND l."tenantId" = ${tenantId}
      RETURNING l.id
    ), snapshots AS (
      INSERT INTO "LeadScoreSnapshot" (id, "tenantId", "leadId", probability, score, factors, "modelVersion", "createdAt")
      SELECT gen_random_uuid()::text, ${tenantId}, i.id, i.p, i.s, i.f, ${modelVersion}, ${at}::timestamp(3)
      FROM input i JOIN scored USING (id) WHERE i.f IS NOT NULL
      RETURNING 1
    ), activities AS (
      INSERT INTO "Activity" (id, "tenantId", "leadId", type, body, payload, "occurredAt", "createdAt")
      SELECT gen_random_uuid()::text, ${tenantId}, i.id, 'SCORE_CHANGED'::"ActivityType",
             'Score changed from ' || i.n || ' to ' || i.s,
             jsonb_build_object('from', i.n, 'to', i.s, 'modelVersion', ${modelVersion}::text),
             ${at}::timestamp(3), ${at}::timestamp(3)
      FROM input i JOIN scored USING (id) WHERE i.n IS NOT NULL
      RETURNING 1
    )
    UPDATE "ScoringRun" SET processed = processed + ${writes.length}, cursor = ${cursor}
    WHERE id = ${runId}`);
}
