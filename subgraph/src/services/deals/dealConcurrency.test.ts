import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { learnedRatesSettled } from './recomputeLearnedRates';

// PGlite has one connection: transactions never overlap there, so this is a PostgreSQL test.
const onPostgres = Boolean(process.env.DATABASE_URL);

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  if (!onPostgres) return;
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 5, leads: 50, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

const MOVE = `mutation ($id: ID!, $stageId: ID!, $position: Int!, $v: Int!) {
  moveDeal(id: $id, stageId: $stageId, position: $position, expectedVersion: $v, lostReason: "price") { id version } }`;

describe.skipIf(!onPostgres)('200 parallel moves, closes and reopens (PostgreSQL)', () => {
  it('fail only with CONFLICT, apply each claimed version once and keep every column a strict order', async () => {
    const [busiest] = await db.prisma.deal.groupBy({
      by: ['pipelineId'],
      _count: { _all: true },
      orderBy: { _count: { id: 'desc' } },
    });
    const stages = await db.prisma.pipelineStage.findMany({
      where: { pipelineId: busiest!.pipelineId },
      orderBy: { order: 'asc' },
    });
    expect(stages.some((s) => s.kind === 'WON') && stages.some((s) => s.kind === 'LOST')).toBe(
      true,
    );
    const deals = await db.prisma.deal.findMany({
      where: { pipelineId: busiest!.pipelineId },
      orderBy: { id: 'asc' },
      take: 100,
    });
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    // Two moves per deal from the same version (one must lose), every other one into or out of a
    // WON/LOST column, so closes and reopens race ordinary moves on the same stage rows.
    const moves = deals.flatMap((deal, i) =>
      [0, 1].map((k) => {
        const closing = stages.filter((s) => s.kind !== 'OPEN');
        const open = stages.filter((s) => s.kind === 'OPEN');
        const pool = (i + k) % 2 === 0 ? closing : open;
        return {
          id: deal.id,
          stageId: pool[random(pool.length)]!.id,
          position: random(8),
          v: deal.version,
        };
      }),
    );
    expect(moves).toHaveLength(Math.min(200, deals.length * 2));
    const results = await Promise.all(moves.map((m) => api.run(MOVE, m)));
    const codes = results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));
    expect(codes.filter((c) => c !== 'CONFLICT')).toEqual([]);
    const applied = results.filter((r) => !r.errors).length;
    expect(applied).toBe(deals.length);
    await learnedRatesSettled(db.prisma);

    const after = await db.prisma.deal.findMany({ where: { id: { in: deals.map((d) => d.id) } } });
    for (const deal of after)
      expect(deal.version).toBe(deals.find((d) => d.id === deal.id)!.version + 1);
    const rows = await db.prisma.deal.findMany({
      where: { pipelineId: busiest!.pipelineId },
      select: { stageId: true, position: true },
      orderBy: [{ stageId: 'asc' }, { position: 'asc' }],
    });
    const byStage = new Map<string, number[]>();
    for (const row of rows)
      byStage.set(row.stageId, [...(byStage.get(row.stageId) ?? []), row.position]);
    for (const positions of byStage.values()) expect(positions).toEqual(positions.map((_, i) => i));
    const rates = await db.prisma.pipelineStage.findMany({
      where: { pipelineId: busiest!.pipelineId, kind: 'OPEN' },
    });
    for (const stage of rates) expect(stage.learnedConversionRate).not.toBeNull();
  });
});
