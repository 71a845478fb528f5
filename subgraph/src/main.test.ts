import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../prisma/seed/demoTenant';
import { seedDemo } from '../../prisma/seed/seedDemo';
import { signToken } from './auth/signToken';
import { loadConfig } from './config';
import { migrationStatus, readMigrations } from './db/migrations';
import { prepareSalesDatabase, startSalesSubgraph } from './main';
import {
  LEARNED_RATES_INTERVAL_MS,
  scheduleLearnedRates,
} from './services/deals/recomputeLearnedRates';
import { createTestDatabase, type TestDatabase } from './testing/createTestDatabase';

const SECRET = 'main-test-secret-for-hs256-signing-0123';

/** What keeps the event loop alive, by kind (servers, sockets, timers…). */
function openHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/**
 * Kinds of handle of which more are open than `before`, after waiting up to `waitMs` for them to
 * close: sockets close a moment late, and Prisma's WebAssembly schema engine leaves the 5 and
 * 10 s timers of its own queries running after it is freed (they fire and go; nothing cancels them).
 */
async function handlesLeftOpen(
  before: Record<string, number>,
  ignore: string[] = [],
  waitMs = 1_000,
) {
  let left: string[] = [];
  for (let attempt = 0; attempt < waitMs / 20; attempt++) {
    const now = openHandles();
    left = Object.keys(now).filter(
      (kind) => !ignore.includes(kind) && now[kind]! > (before[kind] ?? 0),
    );
    if (!left.length) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return left;
}

async function query(url: string, body: unknown, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    json: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] },
  };
}

describe('startSalesSubgraph, the composition root', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    // An empty schema, so that the start-up has the migrations to apply.
    await db.prisma.$executeRawUnsafe('DROP SCHEMA public CASCADE');
    await db.prisma.$executeRawUnsafe('CREATE SCHEMA public');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('starts the subgraph alone: migrates, answers a signed request, and close() stops everything', async () => {
    // The given database's pool keeps an idle timer per idle connection; fill the pool first so
    // that the connections the subgraph uses are not counted as timers it left open.
    await Promise.all(
      Array.from({ length: 10 }, () =>
        db.prisma.$queryRawUnsafe('SELECT pg_sleep(0.05)::text AS slept'),
      ),
    );
    const before = openHandles();
    const lines: string[] = [];
    const subgraph = await startSalesSubgraph({
      config: { ...loadConfig({ JWT_SECRET: SECRET }), port: 0 },
      db,
      log: (line) => lines.push(line),
    });
    try {
      expect(subgraph.url).toBe(`http://localhost:${subgraph.port}/graphql`);
      expect(subgraph.port).toBeGreaterThan(0);
      expect(subgraph.jobsMode).toBe('embedded');
      expect(subgraph.devToken).toBeNull(); // no development principal given

      const migrations = (await readMigrations()).migrationDirectories.map((m) => m.path);
      expect(lines[0]).toBe(`Applied migrations to ${db.label}: ${migrations.join(', ')}`);
      expect(await migrationStatus(db)).toEqual({
        applied: migrations,
        pending: [],
        unknown: [],
      });

      const token = await signToken(DEMO_PRINCIPAL, SECRET);
      const answer = await query(subgraph.url, { query: '{ __typename _service { sdl } }' }, token);
      expect(answer.status).toBe(200);
      expect(answer.json.errors).toBeUndefined();
      expect(answer.json.data?.__typename).toBe('Query');
      expect((answer.json.data?._service as { sdl: string }).sdl).toContain('type Deal');
      // JWT_SECRET set and no development principal: a request without a token is refused.
      expect((await query(subgraph.url, { query: '{ __typename }' })).status).toBe(401);
    } finally {
      await subgraph.close();
    }

    await expect(fetch(subgraph.url)).rejects.toThrow();
    // The database was given, so it stays open (its pool's sockets are its own); the server,
    // timers and everything else the start-up opened are closed.
    expect(await db.prisma.$queryRawUnsafe('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    expect(await handlesLeftOpen(before, ['TCPSocketWrap'], 11_000)).toEqual([]);
  });

  it('close() runs a learned-rate recomputation waiting for its interval before it returns', async () => {
    const own = await createTestDatabase();
    try {
      await seedDemo(own.prisma, { seed: 1, leads: 20 });
      const subgraph = await startSalesSubgraph({
        config: { ...loadConfig({ JWT_SECRET: SECRET }), port: 0 },
        db: own,
        startupTasks: false,
      });
      const pipeline = await own.prisma.pipeline.findFirstOrThrow({
        where: { tenantId: DEMO_PRINCIPAL.tenantId },
      });
      const computedAt = async () =>
        (await own.prisma.pipeline.findUniqueOrThrow({ where: { id: pipeline.id } }))
          .stageRatesComputedAt;
      await scheduleLearnedRates(own.prisma, pipeline.tenantId, pipeline.id);
      const first = await computedAt();
      await new Promise((resolve) => setTimeout(resolve, 5));
      // Within the interval: this run waits for it (about 5 s).
      const waiting = scheduleLearnedRates(own.prisma, pipeline.tenantId, pipeline.id);
      const asked = performance.now();
      await subgraph.close();
      expect(performance.now() - asked).toBeLessThan(LEARNED_RATES_INTERVAL_MS);
      // Done when close() returned, not left to run later on a database being closed.
      expect((await computedAt())!.getTime()).toBeGreaterThan(first!.getTime());
      await waiting;
    } finally {
      await own.drop();
    }
  });

  it('opens the configured database itself and closes it', { timeout: 180_000 }, async () => {
    const before = openHandles();
    const subgraph = await startSalesSubgraph({
      config: { ...loadConfig({}), databaseUrl: undefined, dataDir: 'memory://', port: 0 },
      devPrincipal: DEMO_PRINCIPAL,
    });
    expect(subgraph.db.label).toBe('embedded PGlite (in memory)');
    expect(subgraph.devPrincipal).toEqual(DEMO_PRINCIPAL);
    expect(subgraph.devToken).toMatch(/^ey/);
    // Outside production, a request without a token is the development principal's.
    const answer = await query(subgraph.url, { query: '{ __typename }' });
    expect(answer.json).toEqual({ data: { __typename: 'Query' } });
    await subgraph.close();
    await subgraph.close(); // idempotent
    await expect(subgraph.db.prisma.$queryRawUnsafe('SELECT 1')).rejects.toThrow();
    expect(await handlesLeftOpen(before)).toEqual([]);
  });

  it('refuses NODE_ENV=production without JWT_SECRET or JWKS_URL before opening a database', async () => {
    const dataDir = path.join(tmpdir(), `main-test-${process.pid}-${Date.now()}`, 'pglite');
    await expect(
      startSalesSubgraph({
        config: {
          ...loadConfig({ NODE_ENV: 'production' }),
          databaseUrl: undefined,
          dataDir,
          port: 0,
        },
      }),
    ).rejects.toThrow(
      "NODE_ENV=production needs JWT_SECRET or JWKS_URL to verify the gateway's tokens",
    );
    expect(existsSync(path.dirname(dataDir))).toBe(false);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('prepareSalesDatabase on PostgreSQL', () => {
  it("runs the start-up's statements past the requests' statement timeout, which still holds for requests", async () => {
    // 20 ms: the seed's inserts and the first model's training reads take longer, as a start
    // on a busy machine took longer than the default 15 s and died (57014).
    const db = await createTestDatabase({ statementTimeoutMs: 20 });
    try {
      await prepareSalesDatabase(db, {
        afterMigrations: (d) => seedDemo(d.prisma, { seed: 3, leads: 300 }).then(() => {}),
      });
      expect(await db.prisma.scoringModel.count({ where: { active: true } })).toBeGreaterThan(0);
      await expect(db.prisma.$queryRaw`SELECT pg_sleep(0.3)`).rejects.toThrow(/statement timeout/);
    } finally {
      await db.drop();
    }
  });
});
