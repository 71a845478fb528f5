import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { columnOrderProblems } from '../../testing/columnOrderProblems';
import { learnedRatesSettled } from './recomputeLearnedRates';
import { keysAfter } from './positionKey';
import { columnRebalancesSettled } from './scheduleColumnRebalance';

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

/** The API's positions are each column's indexes 0..n-1 in board order. */
async function expectApiPositionsDense(pipelineId: string) {
  const { data, errors } = await api.run<{
    pipeline: { stages: { deals: { id: string; position: number }[] }[] };
  }>('query ($id: ID!) { pipeline(id: $id) { stages { deals { id position } } } }', {
    id: pipelineId,
  });
  expect(errors).toBeUndefined();
  for (const stage of data!.pipeline.stages)
    expect(stage.deals.map((d) => d.position)).toEqual(stage.deals.map((_, i) => i));
}

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
    const movedAt = new Date();
    const results = await Promise.all(moves.map((m) => api.run(MOVE, m)));
    const codes = results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));
    expect(codes.filter((c) => c !== 'CONFLICT')).toEqual([]);
    // Of the two moves of a deal from one version, one writes and the other is CONFLICT; but a
    // move to where the deal already is writes nothing and claims no version, so the other one
    // may apply too (both answered, one version further at most).
    const writes = new Map<string, number>();
    results.forEach((result, i) => {
      const answer = (result.data as { moveDeal?: { version: number } } | null)?.moveDeal;
      if (answer && answer.version !== moves[i]!.v)
        writes.set(moves[i]!.id, (writes.get(moves[i]!.id) ?? 0) + 1);
    });
    expect([...writes.values()].every((n) => n === 1)).toBe(true);
    expect(writes.size).toBeGreaterThan(deals.length / 2);
    await learnedRatesSettled(db.prisma);

    const after = await db.prisma.deal.findMany({ where: { id: { in: deals.map((d) => d.id) } } });
    for (const deal of after)
      expect(deal.version).toBe(
        deals.find((d) => d.id === deal.id)!.version + (writes.get(deal.id) ?? 0),
      );
    expect(await columnOrderProblems(db.prisma, busiest!.pipelineId)).toEqual([]);
    await expectApiPositionsDense(busiest!.pipelineId);
    const rates = await db.prisma.pipelineStage.findMany({
      where: { pipelineId: busiest!.pipelineId, kind: 'OPEN' },
    });
    // The closes and reopens made the rates be recomputed after they committed (ADR 020, 026).
    for (const stage of rates) expect(stage.blendedProbability).not.toBeNull();
    const pipeline = await db.prisma.pipeline.findUniqueOrThrow({
      where: { id: busiest!.pipelineId },
    });
    expect(pipeline.stageRatesComputedAt!.getTime()).toBeGreaterThanOrEqual(movedAt.getTime());
  });
});

describe.skipIf(!onPostgres)('200 parallel moves into one spot of one column (PostgreSQL)', () => {
  it('all apply, each deal once, and the column stays a strict order with dense API positions', async () => {
    const stage = await db.prisma.pipelineStage.findFirstOrThrow({
      where: { pipelineId: 'pl-exp', kind: 'OPEN' },
      orderBy: { order: 'asc' },
    });
    // 200 deals appended to the next column, each moved to index 1 of the first one at once.
    const source = await db.prisma.pipelineStage.findFirstOrThrow({
      where: { pipelineId: 'pl-exp', kind: 'OPEN', order: { gt: stage.order } },
      orderBy: { order: 'asc' },
    });
    const last = await db.prisma.deal.findFirst({
      where: { stageId: source.id },
      orderBy: [{ position: 'desc' }, { id: 'desc' }],
    });
    const keys = keysAfter(last?.position ?? null, 200);
    await db.prisma.deal.createMany({
      data: Array.from({ length: 200 }, (_, i) => ({
        id: `crowd-${String(i).padStart(3, '0')}`,
        tenantId: stage.tenantId,
        pipelineId: 'pl-exp',
        stageId: source.id,
        title: `Crowd ${i}`,
        value: '100.00',
        currency: 'USD',
        position: keys[i]!,
      })),
    });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        api.run(MOVE, {
          id: `crowd-${String(i).padStart(3, '0')}`,
          stageId: stage.id,
          position: 1,
          v: 1,
        }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    await columnRebalancesSettled(db.prisma);
    expect(
      await db.prisma.deal.count({ where: { stageId: stage.id, title: { startsWith: 'Crowd' } } }),
    ).toBe(200);
    expect(await columnOrderProblems(db.prisma, 'pl-exp')).toEqual([]);
    await expectApiPositionsDense('pl-exp');
    const longest = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT max(length(position))::int AS n FROM "Deal" WHERE "stageId" = ${stage.id}`;
    expect(longest[0]!.n).toBeLessThanOrEqual(24);
  });
});
