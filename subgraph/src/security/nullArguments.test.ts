import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL, DEMO_TENANT_ID } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { growSalesData } from '../testing/growSalesData';

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 2, leads: 50, now: new Date('2026-11-01T00:00:00Z') });
  // Columns of more than a stage's default page (100 deals).
  await growSalesData(db.prisma, {
    tenantId: DEMO_TENANT_ID,
    pipelineId: 'pl-new',
    openDeals: 600,
    leads: 0,
    customers: 10,
    ownerIds: ['user-rep-1'],
  });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
}, 300_000);
afterAll(() => db?.drop());

type Columns = { pipeline: { stages: { id: string; deals: { id: string }[] }[] } };
const COLUMNS = `query ($first: Int) { pipeline(id: "pl-new") { stages { id deals(first: $first) { id } } } }`;

describe('an explicit null for an argument with a default', () => {
  it("reads a column's default page, not the whole column (it read every deal, past the cost check)", async () => {
    const byDefault = await api.run<Columns>(
      '{ pipeline(id: "pl-new") { stages { id deals { id } } } }',
    );
    expect(byDefault.errors).toBeUndefined();
    const sizes = byDefault.data!.pipeline.stages.map((s) => s.deals.length);
    expect(Math.max(...sizes)).toBe(100);
    const deals = await db.prisma.deal.groupBy({
      by: ['stageId'],
      where: { pipelineId: 'pl-new' },
      _count: true,
    });
    expect(Math.max(...deals.map((d) => d._count))).toBeGreaterThan(100);
    for (const ask of [
      api.run<Columns>(COLUMNS, { first: null }),
      api.run<Columns>('{ pipeline(id: "pl-new") { stages { id deals(first: null) { id } } } }'),
    ]) {
      const { data, errors } = await ask;
      expect(errors).toBeUndefined();
      expect(data).toEqual(byDefault.data);
    }
  });
});
