import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { Database } from './database';
import { PGLITE_EXTENSIONS } from './pgliteExtensions';
import { withSchemaEngine } from './schemaEngine';

const ROOT = path.resolve(import.meta.dirname, '../../..');
export const SCHEMA_PATH = path.join(ROOT, 'prisma/schema.prisma');
export const MIGRATIONS_DIR = path.join(ROOT, 'prisma/migrations');
const LOCKFILE = 'migration_lock.toml';
const NO_FILTERS = { externalTables: [], externalEnums: [] };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: {
          tag: 'ok' as const,
          value: await readFile(path.join(dir, name, 'migration.sql'), 'utf8'),
        },
      },
    })),
  );
  const lockContent = await readFile(path.join(dir, LOCKFILE), 'utf8').catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

async function readSchema() {
  return { path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, 'utf8') };
}

/** Applies pending migrations, recording them in _prisma_migrations like `prisma migrate deploy`. */
export async function applyMigrations(db: Pick<Database, 'adapterFactory'>): Promise<string[]> {
  const migrationsList = await readMigrations();
  const result = await withSchemaEngine(db.adapterFactory, await readSchema(), (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
  );
  return result.appliedMigrationNames;
}

export type MigrationStatus = { applied: string[]; pending: string[]; unknown: string[] };

export async function migrationStatus(db: Database): Promise<MigrationStatus> {
  const onDisk = (await readMigrations()).migrationDirectories.map((m) => m.path);
  const rows = await db.prisma
    .$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
    )
    .catch((error: unknown) => {
      if (String(error).includes('_prisma_migrations')) return [];
      throw error;
    });
  const applied = rows.map((r) => r.migration_name);
  return {
    applied,
    pending: onDisk.filter((name) => !applied.includes(name)),
    unknown: applied.filter((name) => !onDisk.includes(name)),
  };
}

/**
 * The SQL that would take a database built from the committed migrations to schema.prisma,
 * computed against a throwaway in-memory PGlite shadow database. Empty when they agree.
 */
export async function diffMigrationsToSchema(): Promise<string> {
  const schema = await readSchema();
  const migrationsList = await readMigrations();
  const pglite = new PGlite('memory://', { extensions: PGLITE_EXTENSIONS });
  const shadow = new PGlite('memory://', { extensions: PGLITE_EXTENSIONS });
  // The adapter's own shadow database is a PGlite without extensions: the migrations need pg_trgm.
  const factory = Object.create(new PrismaPGlite(pglite), {
    connectToShadowDb: { value: () => new PrismaPGlite(shadow).connect() },
  }) as PrismaPGlite;
  try {
    const result = await withSchemaEngine(factory, schema, (engine) =>
      engine.diff({
        from: { tag: 'migrations', ...migrationsList },
        to: { tag: 'schemaDatamodel', files: [schema] },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      }),
    );
    const sql = result.stdout ?? '';
    return sql.replace(/^-- This is an empty migration\.\s*$/m, '').trim();
  } finally {
    await pglite.close();
    await shadow.close();
  }
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql; returns its folder, or null when nothing changed. */
export async function createMigration(name: string, now = new Date()): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Migration name "${name}" must be lower-case letters, digits and underscores`);
  }
  await ensureLockfile();
  const sql = await diffMigrationsToSchema();
  if (!sql) return null;
  const stamp = now
    .toISOString()
    .replace(/[-:TZ.]/g, '')
    .slice(0, 14);
  const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'migration.sql'), `${sql}\n`);
  return folder;
}

async function ensureLockfile(): Promise<void> {
  await mkdir(MIGRATIONS_DIR, { recursive: true });
  await writeFile(
    path.join(MIGRATIONS_DIR, LOCKFILE),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    { flag: 'wx' },
  ).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}
