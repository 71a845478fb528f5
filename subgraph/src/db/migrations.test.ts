import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/createTestDatabase';
import {
  applyMigrations,
  diffMigrationsToSchema,
  migrationStatus,
  readMigrations,
} from './migrations';

describe('migrations', () => {
  // The schema engine replays every migration on a fresh embedded shadow database: about 20 s on
  // an idle 2-core machine, three times that with other tests beside it.
  it('match schema.prisma exactly (no drift)', { timeout: 180_000 }, async () => {
    // A non-empty diff means schema.prisma changed without `npm run db:migrate:new -- --name <name>`.
    expect(await diffMigrationsToSchema()).toBe('');
  });

  it('apply once, record themselves and apply nothing the second time', async () => {
    const db = await createTestDatabase();
    try {
      const names = (await readMigrations()).migrationDirectories.map((m) => m.path);
      const status = await migrationStatus(db);
      expect(status.applied).toEqual(names);
      expect(status.pending).toEqual([]);
      expect(await applyMigrations(db)).toEqual([]);
    } finally {
      await db.drop();
    }
  });
});
