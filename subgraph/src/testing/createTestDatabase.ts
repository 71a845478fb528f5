import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openDatabase, type Database, type DatabaseOptions } from '../db/database';
import { PGLITE_EXTENSIONS } from '../db/pgliteExtensions';
import { applyMigrations, readMigrations } from '../db/migrations';
import { learnedRatesSettled } from '../services/deals/recomputeLearnedRates';

export type TestDatabase = Database & { drop(): Promise<void> };

/**
 * A fresh, migrated database for one test file: its own PostgreSQL database on the server of
 * DATABASE_URL when it is set (created here, dropped by `drop()`), else an in-memory PGlite.
 *
 * Both start from a template migrated once per set of migrations (ADR 027): a PostgreSQL
 * database copied with `CREATE DATABASE … TEMPLATE`, or a PGlite data directory dumped to a file
 * in the system's temporary folder. Running the migrations for every file was most of a file's
 * set-up (2 s on PGlite, 0.4 s on PostgreSQL).
 */
export async function createTestDatabase(
  options: Pick<DatabaseOptions, 'onQuery' | 'poolSize' | 'statementTimeoutMs'> = {},
): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({
      dataDir: 'memory://',
      loadDataDir: await pgliteTemplate(),
      ...options,
    });
    return {
      ...db,
      drop: async () => {
        await learnedRatesSettled(db.prisma);
        await db.close();
      },
    };
  }
  const template = await postgresTemplate(serverUrl);
  const name = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, (admin) =>
    admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`),
  );
  const db = await openDatabase({ url: databaseUrl(serverUrl, name), ...options });
  return {
    ...db,
    drop: async () => {
      await learnedRatesSettled(db.prisma);
      await db.close();
      await withAdmin(serverUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}

/** Names the migrations a template holds, so a changed or added migration builds a new one. */
async function migrationsKey(): Promise<string> {
  const { migrationDirectories } = await readMigrations();
  const hash = createHash('sha256');
  for (const m of migrationDirectories) {
    hash.update(m.path);
    hash.update(m.migrationFile.content.tag === 'ok' ? m.migrationFile.content.value : '');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The dumped data directory of a migrated PGlite. Parallel test workers may each build it the
 * first time; each writes its own file and renames it into place, so a reader never sees half.
 */
async function pgliteTemplate(): Promise<Blob> {
  const file = path.join(tmpdir(), `sales-pipeline-pglite-template-${await migrationsKey()}.tar`);
  const existing = await readFile(file).catch(() => null);
  if (existing) return new Blob([existing]);
  const pglite = new PGlite('memory://', { extensions: PGLITE_EXTENSIONS });
  try {
    await applyMigrations({ adapterFactory: new PrismaPGlite(pglite) });
    const dump = await pglite.dumpDataDir('none');
    const bytes = Buffer.from(await dump.arrayBuffer());
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(partial, bytes);
    await rename(partial, file);
    return new Blob([bytes]);
  } finally {
    await pglite.close();
  }
}

/**
 * A migrated database on the server to copy test databases from. An advisory lock keeps two
 * workers from building it at once; templates of other migrations built over a day ago are
 * dropped on the way.
 */
async function postgresTemplate(serverUrl: string): Promise<string> {
  const name = `test_template_${await migrationsKey()}`;
  return withAdmin(serverUrl, async (admin) => {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', ['sales-pipeline-test-template']);
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount) return name;
      // Another checkout may be testing other migrations against this server right now: only
      // templates built more than a day ago are dropped (their build time is their comment).
      const stale = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database
         WHERE datname LIKE 'test\\_template\\_%' AND datname <> $1
           AND coalesce(substring(shobj_description(oid, 'pg_database') FROM 'built (.*)$')::timestamptz,
                        '-infinity') < now() - interval '1 day'`,
        [name],
      );
      for (const { datname } of stale.rows) {
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
      const building = `${name}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      const db = await openDatabase({ url: databaseUrl(serverUrl, building) });
      try {
        await applyMigrations(db);
      } finally {
        await db.close();
      }
      // Renamed only once complete, so a crash mid-build never leaves a half-migrated template.
      // The schema engine's own connection can outlive close(); a template must have none.
      for (let attempt = 1; ; attempt += 1) {
        await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1',
          [building],
        );
        try {
          await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
          await admin.query(
            `COMMENT ON DATABASE "${name}" IS 'sales-pipeline test template built ${new Date().toISOString()}'`,
          );
          return name;
        } catch (error) {
          if ((error as { code?: string }).code !== '55006' || attempt === 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [
        'sales-pipeline-test-template',
      ]);
    }
  });
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(serverUrl: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}
