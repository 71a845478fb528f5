import { pathToFileURL } from 'node:url';
import { DEMO_TENANT_ID } from '../prisma/seed/demoTenant';
import { seedDemo } from '../prisma/seed/seedDemo';
import { Prisma } from '../subgraph/src/db/generated/client';
import { OPEN_LEAD_STATUSES } from '../subgraph/src/services/leads/openLeadStatuses';
import { rescoreLeads } from '../subgraph/src/services/leadScoring/rescoreLeads';
import { retrainLeadModel } from '../subgraph/src/services/leadScoring/retrainLeadModel';
import { createTestDatabase } from '../subgraph/src/testing/createTestDatabase';

const LEADS = Number(process.env.RESCORE_BENCH_LEADS ?? 100_000);
/** Timed trials of the rescoring after a model change and of the bulk UPDATE (medians). */
const TRIALS = 3;
const NOW = new Date('2026-11-01T00:00:00Z');
const tenantId = DEMO_TENANT_ID;

/**
 * Rescoring N open leads end to end (read leads, customers and deal history page by page, score
 * in memory, write scores + snapshots + activities in bulk) against the floor: one UPDATE
 * writing the same N precomputed scores. Needs DATABASE_URL (PostgreSQL); target ≤ 1.5×.
 */
export async function runRescoreBench(): Promise<
  { check: { value: number; target: string; pass: boolean } } & Record<string, unknown>
> {
  if (!process.env.DATABASE_URL)
    throw new Error('bench/rescore.ts measures PostgreSQL: set DATABASE_URL');
  const db = await createTestDatabase();
  const { prisma } = db;
  try {
    await seedDemo(prisma, { seed: 42, leads: 5000, now: NOW });
    // Clone the seeded open leads (with their customers and engagement) up to N open leads.
    const open = await prisma.lead.count({
      where: { tenantId, status: { in: OPEN_LEAD_STATUSES } },
    });
    await prisma.$executeRaw(Prisma.sql`
      INSERT INTO "Lead" (id, "tenantId", name, email, source, status, metadata, "customerId", "ownerId", "emailsCount", "callsCount",
        "meetingsCount", "visitsCount", "lastEngagedAt", "createdAt", "updatedAt")
      SELECT 'bench-' || g || '-' || l.id, l."tenantId", l.name, l.email, l.source, l.status, l.metadata, l."customerId", l."ownerId",
        l."emailsCount" + (g % 3), l."callsCount", l."meetingsCount" + (g % 2), l."visitsCount", l."lastEngagedAt" - (g % 40) * interval '1 day', l."createdAt", l."updatedAt"
      FROM "Lead" l, generate_series(1, ${Math.ceil(LEADS / open) - 1}) g
      WHERE l."tenantId" = ${tenantId} AND l.status IN ('NEW', 'WORKING', 'QUALIFIED')`);
    const extra =
      (await prisma.lead.count({ where: { tenantId, status: { in: OPEN_LEAD_STATUSES } } })) -
      LEADS;
    if (extra > 0) {
      await prisma.$executeRaw(Prisma.sql`DELETE FROM "Lead" WHERE id IN (
        SELECT id FROM "Lead" WHERE id LIKE 'bench-%' ORDER BY id DESC LIMIT ${extra})`);
    }
    await prisma.$executeRawUnsafe('VACUUM ANALYZE');
    const time = async <T>(work: () => Promise<T>) => {
      const t = performance.now();
      const result = await work();
      return { seconds: (performance.now() - t) / 1000, result };
    };

    // First scores, by the prior (snapshot for every lead).
    const first = await time(() => rescoreLeads(prisma, tenantId, {}, { now: NOW }));
    // A trained model replaces the prior: most scores change.
    const retrain = await time(() => retrainLeadModel(prisma, tenantId, { now: NOW }));
    await prisma.$executeRawUnsafe('VACUUM ANALYZE');
    // The scores before the model change, put back before every timed trial: the rescoring and
    // the bulk UPDATE make the same value transitions (old scores → new scores).
    const previous = await prisma.lead.findMany({
      where: { tenantId, status: { in: OPEN_LEAD_STATUSES } },
      select: { id: true, score: true, probability: true, scoredAt: true, scoreModelVersion: true },
    });
    const version = String(retrain.result.model.version);
    const openLeads = { tenantId, status: { in: OPEN_LEAD_STATUSES } };
    const scoresBefore = JSON.stringify(
      previous.map((r) => ({
        id: r.id,
        s: r.score,
        p: r.probability,
        t: r.scoredAt,
        v: r.scoreModelVersion,
      })),
    );
    // Back to the scores before the model change, without the snapshots the change wrote; then
    // the same starting point for every trial (no dead rows, no pending checkpoint).
    const restore = async () => {
      await prisma.$executeRaw(Prisma.sql`
        UPDATE "Lead" l SET score = i.s, probability = i.p, "scoredAt" = i.t::timestamp(3), "scoreModelVersion" = i.v
        FROM jsonb_to_recordset(${scoresBefore}::jsonb) AS i(id text, s int, p float8, t text, v text)
        WHERE l.id = i.id`);
      await prisma.leadScoreSnapshot.deleteMany({ where: { tenantId, modelVersion: version } });
      await prisma.$executeRawUnsafe('VACUUM ANALYZE');
      await prisma.$executeRawUnsafe('CHECKPOINT');
    };
    const rescore = () => rescoreLeads(prisma, tenantId, {}, { now: NOW });
    let scores: { id: string; score: number | null; probability: number | null }[] = [];
    // The floor: one statement writing the scores the model change produced to the same leads,
    // starting from the same previous scores (the same value transitions as the rescoring).
    const bulkUpdate = () => {
      const rows = JSON.stringify(scores.map((s) => ({ id: s.id, s: s.score, p: s.probability })));
      return prisma.$executeRaw(Prisma.sql`
        UPDATE "Lead" l SET score = i.s, probability = i.p, "scoredAt" = ${NOW.toISOString()}::timestamp(3), "scoreModelVersion" = 'bulk'
        FROM jsonb_to_recordset(${rows}::jsonb) AS i(id text, s int, p float8)
        WHERE l.id = i.id AND l."tenantId" = ${tenantId}`);
    };
    // Trials alternate (rescoring, bulk UPDATE) so that machine noise falls on both; medians.
    const changedRuns: number[] = [];
    const bulkRuns: number[] = [];
    let changedResult: Awaited<ReturnType<typeof rescore>> | null = null;
    let snapshotsOfChange = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      await restore();
      const changed = await time(rescore);
      changedRuns.push(changed.seconds);
      changedResult = changed.result;
      snapshotsOfChange = await prisma.leadScoreSnapshot.count({
        where: { tenantId, modelVersion: version },
      });
      if (trial === 0) {
        scores = await prisma.lead.findMany({
          where: openLeads,
          select: { id: true, score: true, probability: true },
        });
      }
      await restore();
      bulkRuns.push((await time(bulkUpdate)).seconds);
    }
    const previousScore = new Map(previous.map((r) => [r.id, r.score]));
    const transitions = scores.filter((s) => s.score !== previousScore.get(s.id)).length;
    const changed = { seconds: median(changedRuns), result: changedResult! };
    const bulk = { seconds: median(bulkRuns) };
    // Unchanged: every lead already holds the score the active model gives it.
    await restore();
    await rescore();
    const steady = await time(rescore);
    const ratio = changed.seconds / bulk.seconds;
    return {
      database: db.label,
      leads: changed.result.processed,
      pageSize: 2000,
      trials: TRIALS,
      bulkUpdateSeconds: bulk.seconds,
      bulkUpdateRuns: bulkRuns,
      scoresChangedByModelChange: transitions,
      rescore: {
        firstScoresSeconds: first.seconds,
        afterModelChangeSeconds: changed.seconds,
        afterModelChangeRuns: changedRuns,
        snapshotsAfterModelChange: snapshotsOfChange,
        steadySeconds: steady.seconds,
      },
      retrain: {
        seconds: retrain.seconds,
        activated: retrain.result.activated,
        reason: retrain.result.reason,
      },
      ratios: {
        afterModelChange: ratio,
        firstScores: first.seconds / bulk.seconds,
        steady: steady.seconds / bulk.seconds,
      },
      check: { value: ratio, target: '≤ 1.5× one bulk UPDATE', pass: ratio <= 1.5 },
    };
  } finally {
    await db.drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runRescoreBench();
  console.log(JSON.stringify(result, null, 2));
  const r = result as unknown as {
    leads: number;
    bulkUpdateSeconds: number;
    rescore: { afterModelChangeSeconds: number; steadySeconds: number; firstScoresSeconds: number };
  };
  console.log(
    `rescore bench (medians of ${TRIALS}): ${r.leads} leads rescored end to end in ${r.rescore.afterModelChangeSeconds.toFixed(2)} s after a model change ` +
      `(first scores ${r.rescore.firstScoresSeconds.toFixed(2)} s, unchanged ${r.rescore.steadySeconds.toFixed(2)} s) vs one bulk UPDATE ` +
      `${r.bulkUpdateSeconds.toFixed(2)} s: ${result.check.value.toFixed(2)}× (${result.check.target}) ${result.check.pass ? 'PASS' : 'FAIL'}`,
  );
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
