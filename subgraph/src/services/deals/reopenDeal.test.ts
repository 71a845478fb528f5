import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { columnOrderProblems } from '../../testing/columnOrderProblems';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { keysAfter } from './positionKey';
import { learnedRatesSettled } from './recomputeLearnedRates';
import { columnRebalancesSettled } from './scheduleColumnRebalance';

// Undo of Mark won / Mark lost (ADR 067): a reopen into the stage a deal was closed from puts it
// back as it was there, its place in the column and its days in stage (so its rotting) included.
let db: TestDatabase;
let api: TestApi;
const STAGE = 'pl-new-st-2';
const OTHER_STAGE = 'pl-new-st-1';
const DAY = 86_400_000;
const entered = (i: number) => new Date(Date.now() - (30 + i) * DAY);

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 12, leads: 80, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
  // Six deals of our own at the top of a column that rots after 14 days: all of them rot.
  const stage = await db.prisma.pipelineStage.update({
    where: { id: STAGE },
    data: { rottingDays: 14, handRottingDays: 14 },
  });
  const first = await db.prisma.deal.findFirst({
    where: { stageId: STAGE },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  });
  const keys = keysAfter(null, 6).map((key) => `Z${key.slice(1)}`);
  expect(first === null || keys.at(-1)! < first.position).toBe(true);
  await db.prisma.deal.createMany({
    data: keys.map((position, i) => ({
      id: `undo-${i}`,
      tenantId: stage.tenantId,
      pipelineId: stage.pipelineId,
      stageId: STAGE,
      title: `Undo ${i}`,
      value: '10.00',
      currency: 'USD',
      position,
      stageEnteredAt: entered(i),
    })),
  });
});
afterAll(() => db?.drop());

const DEAL = 'id version position daysInStage isRotting stage { id }';
const WON = `mutation ($id: ID!, $v: Int!) { markDealWon(id: $id, expectedVersion: $v) { version } }`;
const LOST = `mutation ($id: ID!, $v: Int!) { markDealLost(id: $id, expectedVersion: $v, reason: "Budget") { version } }`;
const REOPEN = `mutation ($id: ID!, $v: Int!, $stageId: ID) {
  reopenDeal(id: $id, expectedVersion: $v, stageId: $stageId) { ${DEAL} } }`;

type Reopened = {
  id: string;
  version: number;
  position: number;
  daysInStage: number;
  isRotting: boolean;
  stage: { id: string };
};

const column = (stageId: string) =>
  db.prisma.deal.findMany({
    where: { stageId },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { id: true, position: true, stageEnteredAt: true },
  });

async function close(id: string, outcome: 'won' | 'lost'): Promise<number> {
  const { version } = await db.prisma.deal.findUniqueOrThrow({ where: { id } });
  const { data, errors } = await api.run<Record<string, { version: number }>>(
    outcome === 'won' ? WON : LOST,
    { id, v: version },
  );
  expect(errors).toBeUndefined();
  return Object.values(data!)[0]!.version;
}

async function reopen(id: string, v: number, stageId?: string): Promise<Reopened> {
  const { data, errors } = await api.run<{ reopenDeal: Reopened }>(REOPEN, { id, v, stageId });
  expect(errors).toBeUndefined();
  await learnedRatesSettled(db.prisma);
  await columnRebalancesSettled(db.prisma);
  return data!.reopenDeal;
}

describe('reopening into the stage a deal was closed from', () => {
  it('puts a won deal back where it was: its key, its index, its stageEnteredAt and its rotting', async () => {
    const before = await column(STAGE);
    const deal = before[2]!;
    expect(deal.id).toBe('undo-2');
    const version = await close(deal.id, 'won');
    const won = await db.prisma.activity.findFirstOrThrow({
      where: { dealId: deal.id, type: 'WON' },
    });
    expect(won.payload).toMatchObject({
      fromStageId: STAGE,
      fromPositionKey: deal.position,
      fromStageEnteredAt: deal.stageEnteredAt.toISOString(),
    });

    // As the toast's Undo does it: back to the stage it came from, named.
    const reopened = await reopen(deal.id, version, STAGE);
    expect(reopened).toMatchObject({
      version: version + 1,
      position: 2,
      daysInStage: 32,
      isRotting: true,
      stage: { id: STAGE },
    });
    expect(await column(STAGE)).toEqual(before);
    expect(await db.prisma.activity.count({ where: { dealId: deal.id, type: 'REOPENED' } })).toBe(
      1,
    );
  });

  it('puts a lost deal back where it was when the stage is left out (the deal page’s Reopen)', async () => {
    const before = await column(STAGE);
    const deal = before[4]!;
    const version = await close(deal.id, 'lost');
    const reopened = await reopen(deal.id, version);
    expect(reopened).toMatchObject({ position: 4, daysInStage: 34, stage: { id: STAGE } });
    expect(await column(STAGE)).toEqual(before);
    const row = await db.prisma.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(row).toMatchObject({ closedAt: null, lostReason: null });
  });

  it('takes the nearest free place next to its key when another deal has it meanwhile', async () => {
    const before = await column(STAGE);
    const deal = before[1]!;
    const version = await close(deal.id, 'won');
    // A rebalance gave the deal's old key to the deal that was below it.
    const below = before[2]!;
    await db.prisma.deal.update({ where: { id: below.id }, data: { position: deal.position } });
    const reopened = await reopen(deal.id, version, STAGE);
    const after = await column(STAGE);
    expect(reopened.position).toBe(2);
    expect(after.map((d) => d.id)).toEqual([
      before[0]!.id,
      below.id,
      deal.id,
      ...before.slice(3).map((d) => d.id),
    ]);
    expect(after[2]!.stageEnteredAt).toEqual(deal.stageEnteredAt);
    expect(await columnOrderProblems(db.prisma, 'pl-new', { distinct: true })).toEqual([]);
    // Its key changed only where it had to.
    expect(after[2]!.position > deal.position).toBe(true);
  });

  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const [deal] = await column(STAGE);
    const version = await close(deal!.id, 'won');
    const before = await db.prisma.deal.findUniqueOrThrow({ where: { id: deal!.id } });
    const { errors } = await api.run(REOPEN, { id: deal!.id, v: version - 1, stageId: STAGE });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version });
    expect(await db.prisma.deal.findUniqueOrThrow({ where: { id: deal!.id } })).toEqual(before);
    expect((await reopen(deal!.id, version, STAGE)).position).toBe(0);
  });
});

describe('reopening elsewhere, or a deal closed without a recorded place', () => {
  it('into another open stage: at the top of that column, entered now', async () => {
    const deal = (await column(STAGE))[3]!;
    const version = await close(deal.id, 'won');
    const reopened = await reopen(deal.id, version, OTHER_STAGE);
    expect(reopened).toMatchObject({
      position: 0,
      daysInStage: 0,
      isRotting: false,
      stage: { id: OTHER_STAGE },
    });
    const row = await db.prisma.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(Date.now() - row.stageEnteredAt.getTime()).toBeLessThan(60_000);
    expect(await column(STAGE)).not.toContainEqual(expect.objectContaining({ id: deal.id }));
  });

  it('closed before closes recorded it (the demo’s won deals): at the top, entered now', async () => {
    const won = await db.prisma.deal.findFirstOrThrow({
      where: { pipelineId: 'pl-new', stage: { kind: 'WON' } },
      orderBy: { id: 'asc' },
    });
    const closing = await db.prisma.activity.findFirstOrThrow({
      where: { dealId: won.id, type: 'WON' },
    });
    expect(closing.payload).not.toHaveProperty('fromPositionKey');
    const from = (closing.payload as { fromStageId: string }).fromStageId;
    const reopened = await reopen(won.id, won.version);
    expect(reopened).toMatchObject({ position: 0, daysInStage: 0, stage: { id: from } });
    const row = await db.prisma.deal.findUniqueOrThrow({ where: { id: won.id } });
    expect(Date.now() - row.stageEnteredAt.getTime()).toBeLessThan(60_000);
  });

  it('refuses a closed stage or an unknown one by its field, and an open deal by its id', async () => {
    const deal = (await column(STAGE))[0]!;
    const version = await close(deal.id, 'lost');
    const lost = await db.prisma.pipelineStage.findFirstOrThrow({
      where: { pipelineId: 'pl-new', kind: 'LOST' },
    });
    for (const stageId of [lost.id, 'no-such-stage']) {
      const { errors } = await api.run(REOPEN, { id: deal.id, v: version, stageId });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageId' });
    }
    await reopen(deal.id, version);
    const again = await api.run(REOPEN, { id: deal.id, v: version + 1 });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
