import { Prisma } from '../../db/generated/client';
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
 * snapshots and SCORE_CHANGED activities (one INSERT each). `commitScorePage` runs it in the
 * transaction that also records the run's progress and cursor. The rows come in as parallel
 * arrays zipped by ROWS FROM: unnest() of array parameters lets the planner see the page's true
 * size (jsonb_to_recordset's guess of 100 rows made every page JIT-compile and hash-join the whole
 * Lead table). The factors travel as one JSON text: far cheaper to send than an array of texts.
 */
/**
 * A UUIDv7 (millisecond time, then random bits) per row. Time-ordered keys go to the right edge
 * of the primary key indexes; random v4 keys dirtied a different leaf page per row, which doubled
 * the cost of inserting snapshots.
 */
const timeOrderedId =
  Prisma.raw(`encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
  substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid::text`);

export async function writeScorePage(
  db: Prisma.TransactionClient,
  input: { tenantId: string; modelVersion: string; scoredAt: Date; writes: readonly ScoreWrite[] },
): Promise<void> {
  const { tenantId, modelVersion, scoredAt, writes } = input;
  const ids = writes.map((w) => w.id);
  const scores = writes.map((w) => w.score);
  const probabilities = writes.map((w) => w.probability);
  const factors = JSON.stringify(writes.map((w) => w.factors));
  const notableFrom = writes.map((w) => w.notableFrom);
  const at = scoredAt.toISOString();
  await db.$executeRaw(Prisma.sql`
    WITH input AS (
      SELECT t.id, t.s, t.p, NULLIF(t.f, 'null') AS f, t.n
      FROM ROWS FROM (unnest(${ids}::text[]), unnest(${scores}::int[]), unnest(${probabilities}::float8[]),
                      jsonb_array_elements(${factors}::jsonb), unnest(${notableFrom}::int[])) AS t(id, s, p, f, n)
    ), scored AS (
      UPDATE "Lead" l SET score = i.s, probability = i.p, "scoredAt" = ${at}::timestamp(3), "scoreModelVersion" = ${modelVersion}
      FROM input i WHERE l.id = i.id AND l."tenantId" = ${tenantId}
      RETURNING l.id
    ), snapshots AS (
      INSERT INTO "LeadScoreSnapshot" (id, "tenantId", "leadId", probability, score, factors, "modelVersion", "createdAt")
      SELECT ${timeOrderedId}, ${tenantId}, i.id, i.p, i.s, i.f, ${modelVersion}, ${at}::timestamp(3)
      FROM input i JOIN scored USING (id) WHERE i.f IS NOT NULL
      RETURNING 1
    ), activities AS (
      INSERT INTO "Activity" (id, "tenantId", "leadId", type, body, payload, "occurredAt", "createdAt")
      SELECT ${timeOrderedId}, ${tenantId}, i.id, 'SCORE_CHANGED'::"ActivityType",
             'Score changed from ' || i.n || ' to ' || i.s,
             jsonb_build_object('from', i.n, 'to', i.s, 'modelVersion', ${modelVersion}::text),
             ${at}::timestamp(3), ${at}::timestamp(3)
      FROM input i JOIN scored USING (id) WHERE i.n IS NOT NULL
      RETURNING 1
    )
    SELECT 1`);
}
