import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../subgraph/src/testing/createTestDatabase';
import { seedDemo } from './seedDemo';
import { wipeAllTables } from './wipeAllTables';

const NOW = new Date('2026-06-15T12:00:00Z');
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

async function fingerprint(): Promise<string> {
  const leads = await db.prisma.lead.findMany({
    orderBy: { id: 'asc' },
    omit: { updatedAt: true },
  });
  const deals = await db.prisma.deal.findMany({
    orderBy: { id: 'asc' },
    omit: { updatedAt: true },
  });
  const activities = await db.prisma.activity.findMany({
    orderBy: [{ occurredAt: 'asc' }, { type: 'asc' }, { dealId: 'asc' }, { leadId: 'asc' }],
    omit: { id: true, createdAt: true },
  });
  const customers = await db.prisma.customer.findMany({
    orderBy: { id: 'asc' },
    omit: { createdAt: true, updatedAt: true },
  });
  return createHash('sha256')
    .update(JSON.stringify({ leads, deals, activities, customers }))
    .digest('hex');
}

const wipe = () => wipeAllTables(db.prisma);

describe('seedDemo', () => {
  it('is deterministic for a seed and a day, and differs across seeds', async () => {
    const first = await seedDemo(db.prisma, { seed: 11, leads: 250, now: NOW });
    const a = await fingerprint();
    await wipe();
    await seedDemo(db.prisma, { seed: 11, leads: 250, now: new Date('2026-06-15T18:30:00Z') });
    expect(await fingerprint()).toBe(a);
    await wipe();
    await seedDemo(db.prisma, { seed: 12, leads: 250, now: NOW });
    expect(await fingerprint()).not.toBe(a);
    expect(first.leads).toBe(250);
    expect(first.deals).toBeGreaterThan(50);
  });

  it('makes outcomes depend on the signals', async () => {
    const rows = await db.prisma.$queryRawUnsafe<{ healthy: boolean; rate: number }[]>(`
      SELECT (c."healthScore" >= 70) AS healthy, avg((l.outcome = 'WON')::int)::float8 AS rate
      FROM "Lead" l JOIN "Customer" c ON c.id = l."customerId"
      WHERE l.outcome IS NOT NULL GROUP BY 1 ORDER BY 1`);
    const rate = (healthy: boolean) => rows.find((r) => r.healthy === healthy)?.rate ?? NaN;
    expect(rate(true)).toBeGreaterThan(rate(false));
  });

  it('plans next steps for most open deals and some open leads, due around the seed day', async () => {
    const steps = await db.prisma.plannedActivity.findMany({ where: { dealId: { not: null } } });
    const deals = (
      await db.prisma.deal.findMany({
        where: { closedAt: null },
        select: { id: true, ownerId: true },
      })
    ).map((d) => ({ ...d, plannedActivities: steps.filter((s) => s.dealId === d.id) }));
    expect(steps.every((s) => deals.some((d) => d.id === s.dealId))).toBe(true);
    const planned = deals.filter((d) => d.plannedActivities.length > 0);
    expect(planned.length / deals.length).toBeGreaterThan(0.5);
    expect(planned.length / deals.length).toBeLessThan(0.9);
    for (const deal of planned)
      for (const step of deal.plannedActivities) {
        expect(step.ownerId).toBe(deal.ownerId);
        const days = (step.dueAt.getTime() - NOW.getTime()) / 86_400_000;
        expect(days).toBeGreaterThan(-4);
        expect(days).toBeLessThan(12);
      }
    const overdue = planned.filter((d) => d.plannedActivities.some((s) => s.dueAt < NOW));
    expect(overdue.length).toBeGreaterThan(0);
    const onLeads = await db.prisma.plannedActivity.count({ where: { leadId: { not: null } } });
    expect(onLeads).toBeGreaterThan(0);
  });
});
