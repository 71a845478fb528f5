import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { bootstrapScoring } from '../services/leadScoring/bootstrapScoring';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { Prisma } from './generated/client';
import { isDatabaseUnavailable } from './databaseUnavailable';
import { readRaw, transactRaw } from './rawReads';

// The loaders' raw reads go straight to the pg pool on PostgreSQL (ADR 049): every row must come
// back exactly as Prisma's $queryRaw gives it (Decimal, BigInt, UTC Dates, JSON, arrays, nulls),
// and parameters must mean what they mean to Prisma. On PGlite both paths are Prisma's.
let db: TestDatabase;
const statements: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  await seedDemo(db.prisma, { seed: 3, leads: 300, now: new Date('2026-11-01T00:00:00Z') });
  await bootstrapScoring(db.prisma);
}, 120_000);
afterAll(() => db?.drop());

const TABLES = [
  'Tenant',
  'ExchangeRate',
  'ForecastSnapshot',
  'User',
  'Customer',
  'CustomerSignalSnapshot',
  'Pipeline',
  'PipelineStage',
  'SalesTarget',
  'Deal',
  'Lead',
  'LeadScoreSnapshot',
  'Activity',
  'PlannedActivity',
  'ScoringModel',
  'ScoringRun',
  'RoutingRule',
  'Automation',
];

const bothWays = async (query: Prisma.Sql) => ({
  raw: await readRaw<Record<string, unknown>>(db.prisma, query),
  prisma: await db.prisma.$queryRaw<Record<string, unknown>[]>(query),
});

describe('readRaw gives the rows $queryRaw gives', () => {
  for (const table of TABLES) {
    it(`every column of ${table}`, async () => {
      const { raw, prisma } = await bothWays(
        Prisma.sql`SELECT * FROM ${Prisma.raw(`"${table}"`)} ORDER BY 1 LIMIT 200`,
      );
      expect(raw).toEqual(prisma);
      // toEqual treats a Decimal and a string alike only if both are the same kind: check kinds.
      for (const [i, row] of raw.entries())
        for (const [column, value] of Object.entries(row))
          expect(value?.constructor, `${table}.${column}`).toBe(prisma[i]![column]?.constructor);
    });
  }

  it('the tables the loaders read by id: the rows are the models Prisma gives (no field is mapped)', async () => {
    const models = {
      Deal: () => db.prisma.deal.findMany({ orderBy: { id: 'asc' }, take: 200 }),
      Lead: () => db.prisma.lead.findMany({ orderBy: { id: 'asc' }, take: 200 }),
      Pipeline: () => db.prisma.pipeline.findMany({ orderBy: { id: 'asc' }, take: 200 }),
      PipelineStage: () => db.prisma.pipelineStage.findMany({ orderBy: { id: 'asc' }, take: 200 }),
      User: () => db.prisma.user.findMany({ orderBy: { id: 'asc' }, take: 200 }),
      Customer: () => db.prisma.customer.findMany({ orderBy: { id: 'asc' }, take: 200 }),
    };
    for (const [table, findMany] of Object.entries(models)) {
      const raw = await readRaw<Record<string, unknown>>(
        db.prisma,
        Prisma.sql`SELECT * FROM ${Prisma.raw(`"${table}"`)} ORDER BY id COLLATE "C" LIMIT 200`,
      );
      expect(raw, table).toEqual(await findMany());
    }
  });

  it('the seeded tables are not empty, so the comparisons above compare rows', async () => {
    for (const table of ['Deal', 'Lead', 'Customer', 'Activity', 'LeadScoreSnapshot']) {
      const { raw } = await bothWays(
        Prisma.sql`SELECT count(*) AS n FROM ${Prisma.raw(`"${table}"`)}`,
      );
      expect(raw[0]!.n, table).toBeGreaterThan(0n);
    }
  });

  it('expressions, arrays, nulls and parameters of every kind', async () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    const { raw, prisma } = await bothWays(Prisma.sql`
      SELECT count(*) AS big, sum(value) AS total, max("createdAt") AS latest,
        min("expectedCloseDate") AS soonest, array_agg(value ORDER BY id) FILTER (WHERE value < 0) AS none,
        (array_agg(value ORDER BY id))[1:3] AS values, (array_agg("createdAt" ORDER BY id))[1:2] AS times,
        ARRAY[1::bigint, NULL, 3] AS bigs, ARRAY['2026-01-02'::date] AS days,
        ${at}::timestamp(3) AS at, ${new Prisma.Decimal('12.50')}::numeric AS amount,
        ${['a', 'b']}::text[] AS texts, ${7n}::bigint AS seven, NULL::numeric AS nothing,
        '{"a":[1,2]}'::jsonb AS doc, true AS yes, 1.5::float8 AS half
      FROM "Deal" WHERE "createdAt" >= ${new Date('2000-01-01T00:00:00Z')}`);
    expect(raw).toEqual(prisma);
    expect(raw[0]!.at).toEqual(at);
    expect(raw[0]!.amount).toEqual(new Prisma.Decimal('12.5'));
    expect(typeof raw[0]!.big).toBe('bigint');
  });

  it.runIf(process.env.DATABASE_URL)(
    'on PostgreSQL it is its own statement, seen by onQuery like any other',
    async () => {
      statements.length = 0;
      await readRaw(db.prisma, Prisma.sql`SELECT 41 + ${1}::int AS answer`);
      expect(statements).toEqual(['SELECT 41 + $1::int AS answer']);
    },
  );

  it('a transaction client reads on its own connection, inside the transaction', async () => {
    const seen = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "Tenant" SET "reportingCurrency" = 'JPY'`;
      return readRaw<{ c: string }>(
        tx,
        Prisma.sql`SELECT "reportingCurrency" AS c FROM "Tenant" LIMIT 1`,
      );
    });
    expect(seen).toEqual([{ c: 'JPY' }]);
  });
});

// A move's transaction (ADR 050): raw statements on one connection, committed together or not at all.
describe('transactRaw', () => {
  beforeAll(async () => {
    await db.prisma.$executeRawUnsafe('CREATE TABLE raw_tx_probe (id int PRIMARY KEY, note text)');
  });
  const ids = async () =>
    (
      await readRaw<{ id: number }>(db.prisma, Prisma.sql`SELECT id FROM raw_tx_probe ORDER BY id`)
    ).map((row) => row.id);

  it('commits its statements together, each seeing the ones before it, and returns what work returns', async () => {
    const result = await transactRaw(db.prisma, async (sql) => {
      await sql(Prisma.sql`INSERT INTO raw_tx_probe (id) VALUES (${1}), (${2}) RETURNING id`);
      // Not visible outside before the commit (PGlite has one connection: a read outside would
      // wait for this transaction).
      if (process.env.DATABASE_URL) expect(await ids()).toEqual([]);
      const [row] = await sql<{ n: number }>(
        Prisma.sql`SELECT count(*)::int AS n FROM raw_tx_probe`,
      );
      return row!.n;
    });
    expect(result).toBe(2);
    expect(await ids()).toEqual([1, 2]);
  });

  it('rolls everything back when work throws, and rethrows its error', async () => {
    const failure = new Error('checked under the lock and refused');
    await expect(
      transactRaw(db.prisma, async (sql) => {
        await sql(Prisma.sql`INSERT INTO raw_tx_probe (id) VALUES (${3}) RETURNING id`);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await ids()).toEqual([1, 2]);
  });

  it('rolls back on a failing statement, with the database error, and the connections stay usable', async () => {
    // More failures than the pool has connections: a connection kept by a failed transaction
    // would make the last one wait for the pool's timeout and fail.
    for (let i = 0; i < 12; i++) {
      const error = await transactRaw(db.prisma, async (sql) => {
        await sql(Prisma.sql`INSERT INTO raw_tx_probe (id) VALUES (${10 + i}) RETURNING id`);
        await sql(Prisma.sql`INSERT INTO raw_tx_probe (id) VALUES (${1}) RETURNING id`);
      }).catch((e: unknown) => e);
      expect(String(error)).toMatch(/unique|duplicate/i);
    }
    await transactRaw(db.prisma, (sql) =>
      sql(Prisma.sql`UPDATE raw_tx_probe SET note = ${'ok'} WHERE id = ${2} RETURNING id`),
    );
    expect(await ids()).toEqual([1, 2]);
    const [row] = await readRaw<{ note: string }>(
      db.prisma,
      Prisma.sql`SELECT note FROM raw_tx_probe WHERE id = 2`,
    );
    expect(row!.note).toBe('ok');
  });

  it.runIf(process.env.DATABASE_URL)(
    'on PostgreSQL: a connection killed inside the transaction fails it as unavailable, is dropped, and nothing is written or crashes',
    async () => {
      const error = await transactRaw(db.prisma, async (sql) => {
        await sql(Prisma.sql`INSERT INTO raw_tx_probe (id) VALUES (${99}) RETURNING id`);
        const [own] = await sql<{ pid: number }>(Prisma.sql`SELECT pg_backend_pid() AS pid`);
        await readRaw(db.prisma, Prisma.sql`SELECT pg_terminate_backend(${own!.pid}::int)`);
        // The connection errs while idle in the transaction (an 'error' event with no query).
        await new Promise((resolve) => setTimeout(resolve, 200));
        await sql(Prisma.sql`SELECT 1 AS one`);
      }).catch((e: unknown) => e);
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(await ids()).toEqual([1, 2]);
      // The next transactions get working connections.
      for (let i = 0; i < 12; i++)
        await transactRaw(db.prisma, (sql) => sql(Prisma.sql`SELECT ${i}::int AS i`));
    },
  );

  it.runIf(process.env.DATABASE_URL)(
    'on PostgreSQL: BEGIN, its statements and COMMIT on one connection, seen by onQuery',
    async () => {
      statements.length = 0;
      const pids = await transactRaw(db.prisma, async (sql) => [
        await sql<{ pid: number }>(Prisma.sql`SELECT pg_backend_pid() AS pid`),
        await sql<{ pid: number }>(Prisma.sql`SELECT pg_backend_pid() AS pid, ${1}::int AS one`),
      ]);
      expect(pids[0]![0]!.pid).toBe(pids[1]![0]!.pid);
      expect(statements).toEqual([
        'BEGIN',
        'SELECT pg_backend_pid() AS pid',
        'SELECT pg_backend_pid() AS pid, $1::int AS one',
        'COMMIT',
      ]);
    },
  );
});
