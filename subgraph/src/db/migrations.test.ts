import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/createTestDatabase';
import {
  applyMigrations,
  diffMigrationsToSchema,
  migrationStatus,
  readMigrations,
} from './migrations';

describe('migrations', () => {
  it('match schema.prisma exactly (no drift)', async () => {
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
