import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL, DEMO_TENANT_ID } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { columnRebalancesSettled } from './scheduleColumnRebalance';

// Found by a session that attacked the API as a stranger (2026-12-02): a column's keys may be
// shared by two deals for a while, and what reads or puts back a key must not lose one of them.
let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 4, leads: 800, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
}, 120_000);
afterAll(() => db?.drop());

const column = (stageId: string) =>
  db.prisma.deal.findMany({
    where: { stageId },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, position: true, version: true },
  });

async function busiestOpenStage() {
  const counts = await db.prisma.deal.groupBy({
    by: ['stageId'],
    where: { tenantId: DEMO_TENANT_ID, stage: { kind: 'OPEN' } },
    _count: { _all: true },
  });
  return counts.reduce((a, b) => (b._count._all > a._count._all ? b : a)).stageId;
}

type Page = { pipeline: { stages: { id: string; deals: { id: string; position: number }[] }[] } };
const PAGE = `query ($pipelineId: ID!, $filter: DealFilter!, $after: Int!) {
  pipeline(id: $pipelineId) { stages { id deals(filter: $filter, first: 3, afterPosition: $after) { id position } } }
}`;

describe("a column's keys", () => {
  it('pages a column whose keys clash to its end: every deal once, in order, at its true index', async () => {
    const stageId = await busiestOpenStage();
    const before = await column(stageId);
    expect(before.length).toBeGreaterThanOrEqual(9);
    // Two clashes, as concurrent placements or a restore over a handed-out key leave them.
    for (const [from, to] of [
      [2, 3],
      [5, 6],
    ] as const)
      await db.prisma.deal.update({
        where: { id: before[to]!.id },
        data: { position: before[from]!.position },
      });
    const truth = await column(stageId);
    const { pipelineId } = await db.prisma.pipelineStage.findUniqueOrThrow({
      where: { id: stageId },
    });
    const seen: { id: string; position: number }[] = [];
    let after = -1;
    for (;;) {
      const { data, errors } = await api.run<Page>(PAGE, {
        pipelineId,
        filter: { stageId },
        after,
      });
      expect(errors).toBeUndefined();
      const page = data!.pipeline.stages.find((s) => s.id === stageId)!.deals;
      if (page.length === 0) break;
      seen.push(...page);
      after = page.at(-1)!.position;
    }
    expect(seen.map((d) => d.id)).toEqual(truth.map((d) => d.id));
    expect(seen.map((d) => d.position)).toEqual(truth.map((_, i) => i));
  });

  it('puts a restored deal right after the deal that took its key since, with a key of its own', async () => {
    const stageId = await busiestOpenStage();
    const [, deleted, , taker] = await column(stageId);
    const { errors } = await api.run(
      `mutation ($id: ID!, $v: Int!) { deleteDeal(id: $id, expectedVersion: $v) }`,
      { id: deleted!.id, v: deleted!.version },
    );
    expect(errors).toBeUndefined();
    // A rebalance hands the deleted deal's key to another deal.
    await db.prisma.deal.update({
      where: { id: taker!.id },
      data: { position: deleted!.position },
    });
    const restored = await api.run<{ restoreDeal: { position: number } }>(
      `mutation ($id: ID!) { restoreDeal(id: $id) { position } }`,
      { id: deleted!.id },
    );
    expect(restored.errors).toBeUndefined();
    await columnRebalancesSettled(db.prisma);
    const after = await column(stageId);
    const at = after.findIndex((d) => d.id === deleted!.id);
    expect(after.filter((d) => d.position === after[at]!.position)).toHaveLength(1);
    expect(after[at - 1]!.id).toBe(taker!.id);
    expect(restored.data!.restoreDeal.position).toBe(at);
  });

  it('gives deals put back at one recorded key at the same moment keys of their own', async () => {
    const stageId = await busiestOpenStage();
    const [x, y] = (await column(stageId)).slice(-2);
    const won: Record<string, number> = {};
    for (const deal of [x!, y!]) {
      const { data, errors } = await api.run<{ markDealWon: { version: number } }>(
        `mutation ($id: ID!, $v: Int!) { markDealWon(id: $id, expectedVersion: $v) { version } }`,
        { id: deal.id, v: deal.version },
      );
      expect(errors).toBeUndefined();
      won[deal.id] = data!.markDealWon.version;
    }
    // Y was closed from the key X had (a rebalance handed it to Y in between): both reopens go
    // back to one key, and neither sees the other's uncommitted row.
    await db.prisma.$executeRaw`
      UPDATE "Activity" SET payload = jsonb_set(payload, '{fromPositionKey}', to_jsonb(${x!.position}::text))
      WHERE "dealId" = ${y!.id} AND type = 'WON'`;
    const reopened = await Promise.all(
      [x!, y!].map((deal) =>
        api.run(
          `mutation ($id: ID!, $v: Int!) { reopenDeal(id: $id, expectedVersion: $v) { id } }`,
          {
            id: deal.id,
            v: won[deal.id],
          },
        ),
      ),
    );
    expect(reopened.map((r) => r.errors)).toEqual([undefined, undefined]);
    await columnRebalancesSettled(db.prisma);
    const after = await column(stageId);
    const back = after.filter((d) => d.id === x!.id || d.id === y!.id);
    expect(back).toHaveLength(2);
    for (const deal of back)
      expect(after.filter((d) => d.position === deal.position).map((d) => d.id)).toEqual([deal.id]);
  });

  it('keeps a won deal decided when it was when it moves to a second Won stage', async () => {
    const won = await db.prisma.deal.findFirstOrThrow({
      where: { tenantId: DEMO_TENANT_ID, stage: { kind: 'WON' }, leadId: { not: null } },
      orderBy: { closedAt: 'asc' },
      include: { lead: true },
    });
    const created = await api.run<{ createStage: { id: string } }>(
      `mutation ($pipelineId: ID!) { createStage(input: { pipelineId: $pipelineId, name: "Won, renewed", kind: WON }) { id } }`,
      { pipelineId: won.pipelineId },
    );
    expect(created.errors).toBeUndefined();
    const windowed = `query ($id: ID!) { pipeline(id: $id) { stages { id kind dealCount(filter: { closedWithinDays: 90 }) } } }`;
    const wonIn90Days = async () => {
      const { data } = await api.run<{
        pipeline: { stages: { kind: string; dealCount: number }[] };
      }>(windowed, { id: won.pipelineId });
      return data!.pipeline.stages
        .filter((s) => s.kind === 'WON')
        .reduce((sum, s) => sum + s.dealCount, 0);
    };
    const countBefore = await wonIn90Days();
    const { errors } = await api.run(
      `mutation ($id: ID!, $stageId: ID!, $v: Int!) { moveDeal(id: $id, stageId: $stageId, position: 0, expectedVersion: $v) { id } }`,
      { id: won.id, stageId: created.data!.createStage.id, v: won.version },
    );
    expect(errors).toBeUndefined();
    const moved = await db.prisma.deal.findUniqueOrThrow({
      where: { id: won.id },
      include: { lead: true },
    });
    expect(moved.stageId).toBe(created.data!.createStage.id);
    expect(moved.closedAt).toEqual(won.closedAt);
    expect(moved.lead!.outcome).toBe('WON');
    expect(moved.lead!.outcomeAt).toEqual(won.lead!.outcomeAt);
    const [last] = await db.prisma.activity.findMany({
      where: { dealId: won.id },
      orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
      take: 1,
    });
    expect(last!.type).toBe('STAGE_CHANGED');
    expect(await wonIn90Days()).toBe(countBefore);
  });
});
