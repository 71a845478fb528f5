import { randomBytes } from 'node:crypto';
import { Prisma } from '../../db/generated/client';

export type ScoreWrite = {
  id: string;
  score: number;
  probability: number;
  /** The lead's feature bins in hex (a byte each) for a score snapshot; null: no snapshot (unchanged score). */
  bins: string | null;
  /** The previous score when the change is notable enough for a SCORE_CHANGED activity. */
  notableFrom: number | null;
};

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
 * Writes one page of scores in a single statement: the leads' scores (one UPDATE ... FROM),
 * snapshots and SCORE_CHANGED activities (one INSERT each). `commitScorePage` runs it in the
 * transaction that also records the run's progress and cursor. The rows come in as parallel
 * arrays zipped by ROWS FROM: unnest() of array parameters lets the planner see the page's true
 * size (jsonb_to_recordset's guess of 100 rows made every page JIT-compile and hash-join the whole
 * Lead table). A snapshot stores the lead's bins (a few bytes, sent as hex), not its factors: with
 * the model of its version they give the whole explanation, and cost a tenth of the JSON to write.
 */
export async function writeScorePage(
  db: Prisma.TransactionClient,
  input: { tenantId: string; modelVersion: string; scoredAt: Date; writes: readonly ScoreWrite[] },
): Promise<void> {
  const { tenantId, modelVersion, scoredAt, writes } = input;
  // the row's ordinal is 12 bits of its snapshot id
  if (writes.length > 4096) throw new Error('writeScorePage: at most 4096 rows per page');
  const ids = writes.map((w) => w.id);
  // Numbers and hex travel as comma-separated text (an empty item is NULL): one string per
  // column is far cheaper to build and send than an array parameter of 2000 elements.
  const joined = (f: (w: ScoreWrite) => number | string | null) =>
    writes.map((w) => f(w) ?? '').join(',');
  const scores = joined((w) => w.score);
  const probabilities = joined((w) => w.probability);
  const bins = joined((w) => w.bins);
  const notableFrom = joined((w) => w.notableFrom);
  const uuid = uuidV7Parts(Date.now());
  const id = (tail: string) =>
    Prisma.sql`${uuid.head} || lpad(to_hex(i.ord::int - 1), 3, '0') || ${tail}`;
  const at = scoredAt.toISOString();
  await db.$executeRaw(Prisma.sql`
    WITH input AS (
      SELECT t.id, t.s, t.p, decode(t.b, 'hex') AS b, t.n, t.ord
      FROM ROWS FROM (unnest(${ids}::text[]),
                      unnest(string_to_array(${scores}, ',')::int[]),
                      unnest(string_to_array(${probabilities}, ',')::float8[]),
                      unnest(string_to_array(${bins}, ',', '')),
                      unnest(string_to_array(${notableFrom}, ',', '')::int[])) WITH ORDINALITY AS t(id, s, p, b, n, ord)
    ), scored AS (
      UPDATE "Lead" l SET score = i.s, probability = i.p, "scoredAt" = ${at}::timestamp(3), "scoreModelVersion" = ${modelVersion}
      FROM input i WHERE l.id = i.id AND l."tenantId" = ${tenantId}
      RETURNING l.id
    ), snapshots AS (
      INSERT INTO "LeadScoreSnapshot" (id, "tenantId", "leadId", probability, score, bins, "modelVersion", "createdAt")
      SELECT ${id(uuid.tail())}, ${tenantId}, i.id, i.p, i.s, i.b, ${modelVersion}, ${at}::timestamp(3)
      FROM input i JOIN scored USING (id) WHERE i.b IS NOT NULL
      RETURNING 1
    ), activities AS (
      INSERT INTO "Activity" (id, "tenantId", "leadId", type, body, payload, "occurredAt", "createdAt")
      SELECT ${id(uuid.tail())}, ${tenantId}, i.id, 'SCORE_CHANGED'::"ActivityType",
             'Score changed from ' || i.n || ' to ' || i.s,
             jsonb_build_object('from', i.n, 'to', i.s, 'modelVersion', ${modelVersion}::text),
             ${at}::timestamp(3), ${at}::timestamp(3)
      FROM input i JOIN scored USING (id) WHERE i.n IS NOT NULL
      RETURNING 1
    )
    SELECT 1`);
}
