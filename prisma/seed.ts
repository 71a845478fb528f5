import { parseArgs } from 'node:util';
import { loadConfig } from '../subgraph/src/config';
import { openConfiguredDatabase } from '../subgraph/src/db/openConfiguredDatabase';
import { applyMigrations } from '../subgraph/src/db/migrations';
import { seedDemo } from './seed/seedDemo';
import { wipeAllTables } from './seed/wipeAllTables';

// npm run db:seed [-- --seed N --force]: demo data in DATABASE_URL or the embedded database.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '42' },
      force: { type: 'boolean', default: false },
    },
  });
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
  const config = loadConfig();
  const db = await openConfiguredDatabase(config);
  try {
    await applyMigrations(db);
    if ((await db.prisma.tenant.count()) > 0) {
      if (!values.force)
        throw new Error(`${db.label} already has data; pass --force to wipe it and seed again`);
      await wipeAllTables(db.prisma);
    }
    const started = Date.now();
    const summary = await seedDemo(db.prisma, { seed, signalHistory: true });
    console.log(
      `Seeded ${db.label} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
