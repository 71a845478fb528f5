import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createTestDatabase } from '../testing/createTestDatabase';
import { openDatabase, POOL_END_WAIT_MS, redactUrl, statementNames } from './database';

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
