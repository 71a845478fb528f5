import { randomBytes } from 'node:crypto';
import { Prisma } from '../../db/generated/client';

export type ScoreWrite = {
  id: string;
  score: number;
  probability: number;
  /** The lead's feature bins in hex (a byte each): its snapshot when the score changed. */
  bins: string;
};

/** A SCORE_CHANGED activity is written when a score moves by at least this many points. */
export const NOTABLE_SCORE_CHANGE = 10;

/**
 * UUIDv7s for the rows of one statement: the time (ms) when the page is written, the row's
 * ordinal as the 12 bits `rand_a`, and 62 random bits shared by the page (a different draw per
 * table). Time-ordered keys go to the right edge of the primary key indexes (random v4 keys
 * dirtied a different leaf page per row, which doubled the cost of inserting snapshots), and
 * putting them together from three strings costs PostgreSQL far less than making one per row.
 */
function uuidV7Parts(now: number): { head: string; tail: () => string } {
  const time = now.toString(16).padStart(12, '0');
  return {
    head: `${time.slice(0, 8)}-${time.slice(8, 12)}-7`,
    tail: () => {
      const random = randomBytes(8);
      random[0] = (random[0]! & 0x3f) | 0x80; // the RFC 9562 variant
      const hex = random.toString('hex');
      return `-${hex.slice(0, 4)}-${hex.slice(4)}`;
    },
  };
}

/**
 * Writes one page of scores: the leads' scores (one UPDATE ... FROM), snapshots and
 * SCORE_CHANGED activities (one INSERT each), in one statement after the page's leads are locked
 * in id order. `commitScorePage` runs it in the transaction that also records the run's progress
 * and cursor. The lock makes the comparison with the lead's stored score exact: a snapshot is
 * written only when the score or model version differs from the lead's as it is now (not as it
 * was read), an activity only for a notable move under the same model, so two runs writing the
 * same lead at once record its change once; and locking in one order keeps such runs from
 * deadlocking. A run writes at most one snapshot per lead (unique runId + leadId), however it is
 * resumed or retried.
 *
 * The rows come in as parallel arrays zipped by ROWS FROM: unnest() of array parameters lets the
 * planner see the page's true size (jsonb_to_recordset's guess of 100 rows made every page
 * JIT-compile and hash-join the whole Lead table). A snapshot stores the lead's bins (a few
 * bytes, sent as hex), not its factors: with the model of its version they give the whole
 * explanation, and cost a tenth of the JSON to write.
 */
export async function writeScorePage(
  db: Prisma.TransactionClient,
  input: {
    runId: string;
    tenantId: string;
    modelVersion: string;
    scoredAt: Date;
    writes: readonly ScoreWrite[];
  },
): Promise<void> {
  const { runId, tenantId, modelVersion, scoredAt, writes } = input;
  // the row's ordinal is 12 bits of its snapshot id
  if (writes.length > 4096) throw new Error('writeScorePage: at most 4096 rows per page');
  const ids = writes.map((w) => w.id);
  // Numbers and hex travel as comma-separated text: one string per column is far cheaper to
  // build and send than an array parameter of 2000 elements.
  const joined = (f: (w: ScoreWrite) => number | string) => writes.map(f).join(',');
  const scores = joined((w) => w.score);
  const probabilities = joined((w) => w.probability);
  const bins = joined((w) => w.bins);
  const uuid = uuidV7Parts(Date.now());
  const id = (tail: string) =>
    Prisma.sql`${uuid.head} || lpad(to_hex(i.ord::int - 1), 3, '0') || ${tail}`;
  const at = scoredAt.toISOString();
  await db.$executeRaw(Prisma.sql`
    SELECT 1 FROM "Lead" WHERE "tenantId" = ${tenantId} AND id = ANY(${ids}::text[])
    ORDER BY id FOR UPDATE`);
  // One snapshot for the whole statement: "stored" is each lead as the locks found it.
  await db.$executeRaw(Prisma.sql`
    WITH input AS (
      SELECT t.id, t.s, t.p, decode(t.b, 'hex') AS b, t.ord
      FROM ROWS FROM (unnest(${ids}::text[]),
                      unnest(string_to_array(${scores}, ',')::int[]),
                      unnest(string_to_array(${probabilities}, ',')::float8[]),
                      unnest(string_to_array(${bins}, ',', ''))) WITH ORDINALITY AS t(id, s, p, b, ord)
    ), stored AS (
      SELECT l.id, l.score, l."scoreModelVersion" AS version
      FROM "Lead" l JOIN input i USING (id) WHERE l."tenantId" = ${tenantId}
    ), scored AS (
      UPDATE "Lead" l SET score = i.s, probability = i.p, "scoreBins" = i.b, "scoredAt" = ${at}::timestamp(3), "scoreModelVersion" = ${modelVersion}
      FROM input i WHERE l.id = i.id AND l."tenantId" = ${tenantId}
      RETURNING l.id
    ), snapshots AS (
      INSERT INTO "LeadScoreSnapshot" (id, "tenantId", "leadId", probability, score, bins, "modelVersion", "createdAt", "runId")
      SELECT ${id(uuid.tail())}, ${tenantId}, i.id, i.p, i.s, i.b, ${modelVersion}, ${at}::timestamp(3), ${runId}
      FROM input i JOIN scored USING (id) JOIN stored o USING (id)
      WHERE o.score IS DISTINCT FROM i.s OR o.version IS DISTINCT FROM ${modelVersion}
      ON CONFLICT ("runId", "leadId") DO NOTHING
      RETURNING 1
    ), activities AS (
      INSERT INTO "Activity" (id, "tenantId", "leadId", type, body, payload, "occurredAt", "createdAt")
      SELECT ${id(uuid.tail())}, ${tenantId}, i.id, 'SCORE_CHANGED'::"ActivityType",
             'Score changed from ' || o.score || ' to ' || i.s,
             jsonb_build_object('from', o.score, 'to', i.s, 'modelVersion', ${modelVersion}::text),
             ${at}::timestamp(3), ${at}::timestamp(3)
      FROM input i JOIN scored USING (id) JOIN stored o USING (id)
      WHERE o.version = ${modelVersion} AND abs(i.s - o.score) >= ${NOTABLE_SCORE_CHANGE}
      RETURNING 1
    )
    SELECT 1`);
}
