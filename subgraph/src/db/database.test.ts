import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createTestDatabase } from '../testing/createTestDatabase';
import {
  openDatabase,
  POOL_END_WAIT_MS,
  redactUrl,
  SILENCE_GRACE_MS,
  statementNames,
  statementTimeoutSet,
} from './database';

describe('openDatabase', () => {
  it('names the unreachable database without its password', async () => {
    const error = await openDatabase({ url: 'postgresql://sales:s3cret@127.0.0.1:1/sales' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain(
      'Cannot reach the database at postgresql://sales:***@127.0.0.1:1/sales',
    );
    expect(message).not.toContain('s3cret');
  });

  it('redacts passwords in URLs', () => {
    expect(redactUrl('postgres://u:p@h:5432/d')).toBe('postgres://u:***@h:5432/d');
    expect(redactUrl('postgres://u@h/d')).toBe('postgres://u@h/d');
  });
});

describe('prepared statements (ADR 049)', () => {
  it('names a text the same way every time, two texts apart, and none past the limit', () => {
    const name = statementNames(2);
    const a = name({ sql: 'SELECT 1' });
    expect(name({ sql: 'SELECT 1' })).toBe(a);
    const b = name({ sql: 'SELECT 2' });
    expect(b).not.toBe(a);
    expect(name({ sql: 'SELECT 3' })).toBeUndefined();
    expect(name({ sql: 'SELECT 2' })).toBe(b);
  });

  it('DATABASE_PREPARED_STATEMENTS turns them off, and a value that is not a boolean is refused', () => {
    expect(loadConfig({}).databasePreparedStatements).toBe(true);
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'false' }).databasePreparedStatements).toBe(
      false,
    );
    expect(() => loadConfig({ DATABASE_PREPARED_STATEMENTS: 'off' })).toThrow(
      'DATABASE_PREPARED_STATEMENTS must be true or false, got "off"',
    );
  });

  it.runIf(process.env.DATABASE_URL)(
    'PostgreSQL parses a statement once per connection and answers it again with new values',
    async () => {
      const db = await createTestDatabase({ poolSize: 1 });
      try {
        const read = (id: string) =>
          db.prisma.tenant.findMany({ where: { id }, select: { id: true } });
        await read('tenant-a');
        expect(await read('tenant-b')).toEqual([]);
        const prepared = await db.prisma.$queryRawUnsafe<{ statement: string }[]>(
          'SELECT statement FROM pg_prepared_statements',
        );
        expect(prepared.filter((row) => row.statement.includes('"Tenant"'))).toHaveLength(1);
      } finally {
        await db.drop();
      }
    },
  );

  it.runIf(process.env.DATABASE_URL)(
    'closing does not wait past a second for a statement still running (a shutdown cut its request)',
    async () => {
      const db = await createTestDatabase({ poolSize: 2 });
      try {
        const running = db.prisma.$queryRawUnsafe('SELECT pg_sleep(20)').catch((e: unknown) => e);
        await new Promise((resolve) => setTimeout(resolve, 200));
        const started = Date.now();
        await db.close();
        expect(Date.now() - started).toBeLessThan(POOL_END_WAIT_MS + 1_500);
        expect(await running).toBeInstanceOf(Error);
      } finally {
        await db.drop().catch(() => {});
      }
    },
  );
});

describe('a silent connection is given up after its own statement timeout and a grace (ADR 088)', () => {
  it('reads the statement timeout a SET or RESET gives, and nothing from other statements', () => {
    expect(statementTimeoutSet('SET LOCAL statement_timeout = 0', 15_000)).toEqual({
      ms: 0,
      local: true,
    });
    expect(statementTimeoutSet("set statement_timeout to '90s';", 15_000)).toEqual({
      ms: 90_000,
      local: false,
    });
    expect(statementTimeoutSet('SET SESSION statement_timeout = 2500', 15_000)).toEqual({
      ms: 2_500,
      local: false,
    });
    expect(statementTimeoutSet("SET statement_timeout = '5min'", 15_000)?.ms).toBe(300_000);
    expect(statementTimeoutSet('SET LOCAL statement_timeout = DEFAULT', 15_000)).toEqual({
      ms: 15_000,
      local: true,
    });
    expect(statementTimeoutSet('RESET statement_timeout', 15_000)).toEqual({
      ms: 15_000,
      local: false,
    });
    // A value not read here is no limit: the watch is off rather than cutting a working statement.
    expect(statementTimeoutSet("SET statement_timeout = '1 fortnight'", 15_000)?.ms).toBe(0);
    expect(statementTimeoutSet('SET LOCAL lock_timeout = 0', 15_000)).toBeUndefined();
    expect(statementTimeoutSet('SELECT 1 -- SET statement_timeout = 0', 15_000)).toBeUndefined();
  });

  it.runIf(process.env.DATABASE_URL)(
    'a statement whose transaction set no timeout runs past the limit, and the limit comes back after it',
    async () => {
      const db = await createTestDatabase({ poolSize: 1, statementTimeoutMs: 300 });
      try {
        const seconds = (SILENCE_GRACE_MS + 300 + 1_500) / 1_000;
        // growSalesData's bulk inserts run like this for minutes; they were cut after 20 s.
        const [row] = await db.prisma.$transaction(
          async (tx) => {
            await tx.$executeRawUnsafe('SET LOCAL statement_timeout = 0');
            return tx.$queryRawUnsafe<{ slept: boolean }[]>(
              `SELECT true AS slept FROM pg_sleep(${seconds})`,
            );
          },
          { timeout: 30_000 },
        );
        expect(row).toEqual({ slept: true });
        // The same connection (a pool of one) is watched again once its transaction is over: a
        // server that stops answering (here: a timeout set where the watch cannot read it, and a
        // long sleep) is given up at the limit. The connection first sits idle past the limit: the
        // watch used to be spent by that first silence and never fire again.
        await new Promise((resolve) => setTimeout(resolve, SILENCE_GRACE_MS + 300 + 700));
        const started = Date.now();
        const given = await db.prisma
          .$transaction(
            async (tx) => {
              await tx.$queryRawUnsafe("SELECT set_config('statement_timeout', '0', true)");
              return tx.$queryRawUnsafe(`SELECT pg_sleep(${seconds + 5})`);
            },
            { timeout: 30_000 },
          )
          .catch((e: unknown) => e);
        expect(String(given)).toMatch(/Connection terminated|closed|terminated/i);
        expect(Date.now() - started).toBeLessThan((seconds + 4) * 1_000);
      } finally {
        await db.drop();
      }
    },
    60_000,
  );
});
