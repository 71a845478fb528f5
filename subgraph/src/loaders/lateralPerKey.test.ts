import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { DEMO_TENANT_ID } from '../../../prisma/seed/demoTenant';
import { Prisma, type Activity, type Deal, type PipelineStage } from '../db/generated/client';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { readRaw } from '../db/rawReads';
import { stageFromJson } from './createLoaders';
import { lateralPerKey, lateralPerKeyBeside } from './lateralPerKey';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 11, leads: 200 });
}, 120_000);
afterAll(() => db?.drop());

describe('lateralPerKey', () => {
  it('groups rows by a key column exactly as by the added key: order, duplicates, missing keys', async () => {
    const stages = (await db.prisma.pipelineStage.findMany({ select: { id: true } })).map(
      (s) => s.id,
    );
    // A key twice, one that matches nothing, and the stages in an order of their own.
    const keys = [stages[2]!, 'no-such-stage', ...stages.slice().reverse(), stages[2]!];
    const deals = (key: Prisma.Sql) => Prisma.sql`SELECT d.* FROM "Deal" d
      WHERE d."stageId" = ${key} AND d."tenantId" = ${DEMO_TENANT_ID} ORDER BY d.position, d.id LIMIT 5`;
    const byColumn = await lateralPerKey<Deal>(db.prisma, keys, deals, 'stageId');
    const byAddedKey = await lateralPerKey<Deal>(db.prisma, keys, deals);
    expect(byColumn).toEqual(byAddedKey);
    expect(byColumn.map((rows) => rows.length)).toContain(5);
    expect(byColumn[1]).toEqual([]);
    expect(byColumn.at(-1)).toEqual(byColumn[0]);
    // No key column is added to the rows.
    expect(byAddedKey.flat().some((row) => '_key' in row)).toBe(false);

    const dealIds = byColumn.flat().map((d) => d.id);
    const activities = (key: Prisma.Sql) => Prisma.sql`SELECT a.* FROM "Activity" a
      WHERE a."dealId" = ${key} ORDER BY a."occurredAt" DESC, a.id LIMIT 3`;
    expect(await lateralPerKey<Activity>(db.prisma, dealIds, activities, 'dealId')).toEqual(
      await lateralPerKey<Activity>(db.prisma, dealIds, activities),
    );
  });

  it('gives one value computed over all the rows beside the same groups, on the first row only', async () => {
    const customers = (
      await db.prisma.$queryRaw<{ customerId: string }[]>`SELECT DISTINCT "customerId" FROM "Deal"
        WHERE "customerId" IS NOT NULL ORDER BY "customerId" LIMIT 6`
    ).map((row) => row.customerId);
    const keys = [customers[3]!, 'no-such-customer', ...customers, customers[3]!];
    const deals = (key: Prisma.Sql) => Prisma.sql`SELECT d.* FROM "Deal" d
      WHERE d."customerId" = ${key} AND d."tenantId" = ${DEMO_TENANT_ID}
      ORDER BY d."createdAt" DESC, d.id LIMIT 4`;
    const stagesOf = (rows: Prisma.Sql) => Prisma.sql`SELECT jsonb_agg(s ORDER BY s.id)
      FROM "PipelineStage" s WHERE s.id IN (SELECT "stageId" FROM ${rows})`;
    const { groups, beside } = await lateralPerKeyBeside<
      Deal & { _beside?: unknown },
      Record<string, unknown>[]
    >(db.prisma, keys, deals, 'customerId', stagesOf);
    const plain = await lateralPerKey<Deal>(db.prisma, keys, deals, 'customerId');
    expect(groups.map((rows) => rows.map(({ _beside, ...deal }) => deal))).toEqual(plain);
    expect(groups.flat().every((row) => row._beside === null)).toBe(true);

    // The stages as JSON are the stages as a raw read gives them, every column and its type.
    const stageIds = [...new Set(plain.flat().map((deal) => deal.stageId))].sort();
    const read = await readRaw<PipelineStage>(
      db.prisma,
      Prisma.sql`SELECT * FROM "PipelineStage" WHERE id = ANY(${stageIds}::text[]) ORDER BY id`,
    );
    expect(read.length).toBeGreaterThan(1);
    expect(beside!.map(stageFromJson)).toEqual(read);

    const none = await lateralPerKeyBeside(
      db.prisma,
      ['no-such-customer'],
      deals,
      'customerId',
      stagesOf,
    );
    expect(none).toEqual({ groups: [[]], beside: null });
  });
});
