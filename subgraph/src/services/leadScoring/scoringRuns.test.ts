import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL, DEMO_TENANT_ID } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { OPEN_LEAD_STATUSES } from '../leads/openLeadStatuses';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { createLogger, setBackgroundLogger } from '../../logging/logger';
import {
  completeRescoreRun,
  failureMessage,
  loadActiveScorer,
  rescoreLeads,
  startRescoreRun,
} from './rescoreLeads';
import { retrainLeadModel } from './retrainLeadModel';

const NOW = new Date('2026-11-01T00:00:00Z');
const tenantId = DEMO_TENANT_ID;
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 21, leads: 2000, now: NOW });
});
afterAll(() => db?.drop());

const openLeadIds = async () =>
  (
    await db.prisma.lead.findMany({
      where: { tenantId, status: { in: OPEN_LEAD_STATUSES } },
      select: { id: true },
      orderBy: { id: 'asc' },
    })
  ).map((l) => l.id);

/** Snapshots per lead of one run: every count is 1 when no lead was scored twice in it. */
const snapshotsPerLead = async (runId: string) =>
  (
    await db.prisma.leadScoreSnapshot.groupBy({
      by: ['leadId'],
      where: { runId },
      _count: { _all: true },
    })
  ).map((g) => g._count._all);

/** A real failure in the database mid-run: updating this lead raises an error. */
async function failUpdatesOf(leadId: string | null): Promise<void> {
  await db.prisma.$executeRawUnsafe('DROP TRIGGER IF EXISTS fail_lead ON "Lead"');
  if (!leadId) return;
  await db.prisma.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION fail_lead() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.id = '${leadId}' THEN RAISE EXCEPTION 'injected failure for %', NEW.id; END IF;
      RETURN NEW;
    END $$`);
  await db.prisma.$executeRawUnsafe(
    'CREATE TRIGGER fail_lead BEFORE UPDATE ON "Lead" FOR EACH ROW EXECUTE FUNCTION fail_lead()',
  );
}

describe('scoring runs under concurrency', () => {
  it('writes one snapshot per lead when two refreshes of all leads run at once', async () => {
    const open = await openLeadIds();
    const runs = await Promise.all([
      rescoreLeads(db.prisma, tenantId, {}, { now: NOW, pageSize: 100 }),
      rescoreLeads(db.prisma, tenantId, {}, { now: NOW, pageSize: 100 }),
    ]);
    expect(runs.map((r) => r.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    for (const run of runs)
      expect(Math.max(0, ...(await snapshotsPerLead(run.id)))).toBeLessThanOrEqual(1);
    // The scores changed once (unscored -> scored): one snapshot each, whichever run wrote it.
    const perLead = await db.prisma.leadScoreSnapshot.groupBy({
      by: ['leadId'],
      where: { tenantId },
      _count: { _all: true },
    });
    expect(perLead).toHaveLength(open.length);
    expect(perLead.every((g) => g._count._all === 1)).toBe(true);
  });

  it('finishes a run that failed half-way from its cursor, scoring no lead twice in it', async () => {
    const model = await retrainLeadModel(db.prisma, tenantId, { now: NOW });
    expect(model.activated).toBe(true);
    const open = await openLeadIds();
    expect(open.length).toBeGreaterThan(200);
    await failUpdatesOf(open[125]!);
    const lines: string[] = [];
    setBackgroundLogger(
      createLogger({ level: 'info', destination: { write: (l) => lines.push(l) } }),
    );
    const run = await startRescoreRun(db.prisma, tenantId);
    await expect(
      completeRescoreRun(db.prisma, run.id, {}, { now: NOW, pageSize: 50 }),
    ).rejects.toThrow();
    // The operator's log has the cause, as one JSON line with the run (it was a plain stderr line
    // with a stack, outside the structured log).
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged).toEqual([
      expect.objectContaining({
        level: 50,
        msg: 'Rescoring run failed',
        runId: run.id,
        tenantId,
        err: expect.objectContaining({ message: expect.stringContaining('injected failure') }),
      }),
    ]);
    const failed = await db.prisma.scoringRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(failed).toMatchObject({ status: 'FAILED', processed: 100, cursor: open[99] });
    // Plain words for the screen; the database's own text goes to the log only.
    expect(failed.error).toBe(
      `Stopped after 100 of ${open.length} leads (an internal error); the next run continues from there`,
    );
    const { data } = await createTestApi(db.prisma, DEMO_PRINCIPAL).run<{
      scoringRun: { error: string };
    }>(`query ($id: ID!) { scoringRun(id: $id) { error } }`, { id: run.id });
    expect(data?.scoringRun.error).not.toMatch(/prisma|injected|invocation|\n/i);

    await failUpdatesOf(null);
    const next = await rescoreLeads(db.prisma, tenantId, {}, { now: NOW, pageSize: 100 });
    expect(next).toMatchObject({
      id: run.id,
      status: 'SUCCEEDED',
      error: null,
      processed: open.length,
      total: open.length,
    });
    const perLead = await snapshotsPerLead(run.id);
    expect(perLead).toHaveLength(open.length);
    expect(perLead.every((n) => n === 1)).toBe(true);
  });

  it('says the database could not be reached when any failure of a run shows it, whichever surfaced first', () => {
    const run = { processed: 20, total: 142 };
    const unreachable =
      'Stopped after 20 of 142 leads (the database could not be reached); the next run continues from there';
    // The pooled connection of a page being written broke when its backend was terminated; the
    // run's own failure is the next statement on it, or the terminated statement itself.
    const notQueryable = new Error(
      'Client has encountered a connection error and is not queryable',
    );
    const terminated = {
      code: 'P2010',
      meta: { driverAdapterError: { cause: { kind: 'postgres', code: '57P01' } } },
    };
    const bug = new TypeError("Cannot read properties of undefined (reading 'score')");
    expect(failureMessage([notQueryable], run)).toBe(unreachable);
    expect(failureMessage([terminated], run)).toBe(unreachable);
    expect(failureMessage([bug, terminated], run)).toBe(unreachable);
    expect(failureMessage([bug], run)).toBe(
      'Stopped after 20 of 142 leads (an internal error); the next run continues from there',
    );
  });

  it('lets only one of two workers on the same run write its pages', async () => {
    const fresh = await startRescoreRun(db.prisma, tenantId);
    const open = await openLeadIds();
    // Another model version, so that every lead gets a snapshot in this run.
    const active = await loadActiveScorer(db.prisma, tenantId);
    const options = { now: NOW, pageSize: 50, scorer: { ...active, version: 'twin' } };
    const [a, b] = await Promise.all([
      completeRescoreRun(db.prisma, fresh.id, {}, options),
      completeRescoreRun(db.prisma, fresh.id, {}, options),
    ]);
    const run = await db.prisma.scoringRun.findUniqueOrThrow({ where: { id: fresh.id } });
    expect(run).toMatchObject({ status: 'SUCCEEDED', processed: open.length });
    expect([a.id, b.id]).toEqual([fresh.id, fresh.id]);
    const perLead = await snapshotsPerLead(fresh.id);
    expect(perLead).toHaveLength(open.length);
    expect(perLead.every((n) => n === 1)).toBe(true);
  });

  it(
    'gives two concurrent retrainings different versions, and the API answers the second with CONFLICT',
    { timeout: 180_000 },
    async () => {
      const outcomes = await Promise.all([
        retrainLeadModel(db.prisma, tenantId, { now: NOW, seed: 2 }),
        retrainLeadModel(db.prisma, tenantId, { now: NOW, seed: 3 }),
      ]);
      const versions = outcomes.map((o) => o.model.version);
      expect(new Set(versions).size).toBe(2);

      const manager = { ...DEMO_PRINCIPAL, role: 'MANAGER' as const };
      const api = createTestApi(db.prisma, manager);
      const retrain = 'mutation { retrainScoringModel { model { version } } }';
      const answers = await Promise.all([api.run(retrain), api.run(retrain)]);
      const codes = answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const refused = answers.find((a) => a.errors)!;
      expect(refused.errors![0]!.message).toMatch(/being retrained right now; try again/);
      expect(refused.errors![0]!.extensions).toMatchObject({ retryable: true });
      const all = await db.prisma.scoringModel.findMany({ where: { tenantId } });
      expect(new Set(all.map((m) => m.version)).size).toBe(all.length);
      expect(all.filter((m) => m.active)).toHaveLength(1);
    },
  );

  it('rewrites the raw errors of runs from before in plain words (migration)', async () => {
    const sql = await readFile(
      new URL(
        '../../../../prisma/migrations/20261128232700_scoring_run_plain_errors/migration.sql',
        import.meta.url,
      ),
      'utf8',
    );
    const raw = await db.prisma.scoringRun.create({
      data: {
        tenantId,
        kind: 'rescore',
        status: 'FAILED',
        total: 9,
        processed: 3,
        error: 'Invalid `prisma.$executeRaw()` invocation:\nRaw query failed. Code: `57P01`.',
      },
    });
    const plain = await db.prisma.scoringRun.create({
      data: {
        tenantId,
        kind: 'rescore-leads',
        status: 'FAILED',
        error: 'interrupted by a restart',
      },
    });
    await db.prisma.$executeRawUnsafe(sql);
    expect((await db.prisma.scoringRun.findUniqueOrThrow({ where: { id: raw.id } })).error).toBe(
      'Stopped after 3 of 9 leads (an internal error); the next run continues from there',
    );
    expect((await db.prisma.scoringRun.findUniqueOrThrow({ where: { id: plain.id } })).error).toBe(
      'interrupted by a restart',
    );
    await db.prisma.scoringRun.deleteMany({ where: { id: { in: [raw.id, plain.id] } } });
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'answers CONFLICT while another process holds the retraining lock (PostgreSQL)',
    async () => {
      const [{ name }] = await db.prisma.$queryRaw<[{ name: string }]>`
        SELECT current_database() AS name`;
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${name}`;
      const other = new pg.Client({ connectionString: url.toString() });
      await other.connect();
      try {
        await other.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [
          `sales:retrain:${tenantId}`,
        ]);
        const manager = { ...DEMO_PRINCIPAL, role: 'MANAGER' as const };
        const { errors } = await createTestApi(db.prisma, manager).run(
          'mutation { retrainScoringModel { model { version } } }',
        );
        expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
      } finally {
        await other.end();
      }
    },
  );
});
