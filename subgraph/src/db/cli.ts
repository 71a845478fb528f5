import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openConfiguredDatabase } from './openConfiguredDatabase';
import { applyMigrations, createMigration, migrationStatus } from './migrations';

const USAGE = `Usage:
  npm run db:migrate                      apply pending migrations (DATABASE_URL, or the embedded database)
  npm run db:migrate:new -- --name NAME   write a migration from the difference between the migrations and schema.prisma
  npm run db:status                       list applied and pending migrations`;

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'new') {
    const { values } = parseArgs({ args: rest, options: { name: { type: 'string' } } });
    if (!values.name) throw new Error(`--name is required.\n${USAGE}`);
    const folder = await createMigration(values.name);
    console.log(
      folder
        ? `Wrote ${path.relative(process.cwd(), folder)}/migration.sql`
        : 'schema.prisma matches the migrations: nothing to write.',
    );
    return;
  }
  if (command !== 'migrate' && command !== 'status')
    throw new Error(`Unknown command "${command ?? ''}".\n${USAGE}`);
  const config = loadConfig();
  const db = await openConfiguredDatabase(config);
  try {
    if (command === 'migrate') {
      const applied = await applyMigrations(db);
      console.log(
        applied.length
          ? `Applied to ${db.label}: ${applied.join(', ')}`
          : `${db.label} is up to date.`,
      );
    } else {
      const status = await migrationStatus(db);
      console.log(`Database: ${db.label}`);
      for (const name of status.applied) console.log(`  applied  ${name}`);
      for (const name of status.pending) console.log(`  pending  ${name}`);
      for (const name of status.unknown)
        console.log(`  unknown  ${name} (in the database, not in prisma/migrations)`);
      if (!status.pending.length) console.log('No pending migrations.');
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
