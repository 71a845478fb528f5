import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { columnOrderProblems } from '../../testing/columnOrderProblems';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { REBALANCE_KEY_LENGTH } from './dealColumn';
import { keysAfter, ordinalKey } from './positionKey';
import { learnedRatesSettled } from './recomputeLearnedRates';
import { columnRebalancesSettled } from './scheduleColumnRebalance';

let db: TestDatabase;
let api: TestApi;
const statements: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  await seedDemo(db.prisma, { seed: 4, leads: 200, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
  // Columns long enough for the moves below, whatever the demo seed puts in them.
  await addDeals((await openColumns('pl-new'))[0]!.id, 'base-new', 6);
  await addDeals((await openColumns('pl-exp'))[0]!.id, 'base-exp', 4);
});
afterAll(() => db?.drop());

const MOVE = `mutation ($id: ID!, $stageId: ID!, $position: Int!, $v: Int!) {
  moveDeal(id: $id, stageId: $stageId, position: $position, expectedVersion: $v) { id version position } }`;
const WON = `mutation ($id: ID!, $v: Int!) { markDealWon(id: $id, expectedVersion: $v) { id version } }`;
const COLUMN = `query ($id: ID!) { pipeline(id: $id) { stages { id deals { id position } } } }`;

/** Every deal row's version (xmin changes whenever PostgreSQL writes a new row version). */
async function rowVersions(): Promise<Map<string, string>> {
  const rows = await db.prisma.$queryRaw<{ id: string; xmin: string }[]>`
    SELECT id, xmin::text AS xmin FROM "Deal"`;
  return new Map(rows.map((row) => [row.id, row.xmin]));
}

async function written(run: () => Promise<unknown>): Promise<string[]> {
  const before = await rowVersions();
  await run();
  await learnedRatesSettled(db.prisma);
  await columnRebalancesSettled(db.prisma);
  const after = await rowVersions();
  return [...after].filter(([id, xmin]) => before.get(id) !== xmin).map(([id]) => id);
}

async function openColumns(pipelineId: string) {
  return db.prisma.pipelineStage.findMany({
    where: { pipelineId, kind: 'OPEN' },
    orderBy: { order: 'asc' },
  });
}

async function column(stageId: string) {
  return db.prisma.deal.findMany({
    where: { stageId },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  });
}

/** Appends `count` deals to a column, as bulk inserts do (keys after its last). */
async function addDeals(stageId: string, prefix: string, count: number) {
  const stage = await db.prisma.pipelineStage.findUniqueOrThrow({ where: { id: stageId } });
  const last = (await column(stageId)).at(-1);
  const keys = keysAfter(last?.position ?? null, count);
  await db.prisma.deal.createMany({
    data: keys.map((position, i) => ({
      id: `${prefix}-${String(i).padStart(3, '0')}`,
      tenantId: stage.tenantId,
      pipelineId: stage.pipelineId,
      stageId,
      title: `${prefix} ${i}`,
      value: '10.00',
      currency: 'USD',
      position,
    })),
  });
}

async function apiColumn(pipelineId: string, stageId: string) {
  const { data, errors } = await api.run<{
    pipeline: { stages: { id: string; deals: { id: string; position: number }[] }[] };
  }>(COLUMN, { id: pipelineId });
  expect(errors).toBeUndefined();
  return data!.pipeline.stages.find((s) => s.id === stageId)!.deals;
}

describe('a move writes one deal row', () => {
  it.runIf(process.env.DATABASE_URL)(
    'in one transaction of five statements: stages locked, deal locked with its neighbours, one write (ADR 050)',
    async () => {
      const [first, second] = await openColumns('pl-exp');
      const deal = (await column(first!.id)).at(-1)!;
      let version = deal.version;
      for (const [stageId, position] of [
        [first!.id, 1],
        [second!.id, 0],
      ] as const) {
        statements.length = 0;
        const { data, errors } = await api.run<{ moveDeal: { version: number } }>(MOVE, {
          id: deal.id,
          stageId,
          position,
          v: version,
        });
        expect(errors).toBeUndefined();
        version = data!.moveDeal.version;
        const begin = statements.indexOf('BEGIN');
        const transaction = statements.slice(begin, statements.indexOf('COMMIT', begin) + 1);
        expect(transaction).toHaveLength(5);
        expect(transaction[1]).toMatch(/FROM "PipelineStage"[\s\S]*FOR KEY SHARE/);
        expect(transaction[2]).toMatch(/FROM "Deal" d[\s\S]*FOR UPDATE OF d/);
        expect(transaction[3]).toMatch(/UPDATE "Deal"[\s\S]*INSERT INTO "Activity"/);
        // No read before it (the checks run under its locks; the answer is primed from it).
        expect(statements.slice(0, begin)).toEqual([]);
      }
    },
  );

  it('reorders, changes stage, closes and reopens writing only the moved deal', async () => {
    const [first, second] = await openColumns('pl-new');
    const deals = await column(first!.id);
    expect(deals.length).toBeGreaterThan(3);
    const deal = deals.at(-1)!;
    let version = deal.version;
    const move = async (stageId: string, position: number) => {
      const { data, errors } = await api.run<{ moveDeal: { version: number; position: number } }>(
        MOVE,
        { id: deal.id, stageId, position, v: version },
      );
      expect(errors).toBeUndefined();
      version = data!.moveDeal.version;
      return data!.moveDeal;
    };
    expect(await written(() => move(first!.id, 0))).toEqual([deal.id]);
    expect((await column(first!.id))[0]!.id).toBe(deal.id);
    expect(await written(() => move(first!.id, 2))).toEqual([deal.id]);
    expect((await column(first!.id))[2]!.id).toBe(deal.id);
    expect(await written(() => move(second!.id, 1))).toEqual([deal.id]);
    expect((await column(second!.id))[1]!.id).toBe(deal.id);
    // Closing updates the linked lead, never another deal.
    expect(
      await written(async () => {
        const { errors } = await api.run(WON, { id: deal.id, v: version });
        expect(errors).toBeUndefined();
        version += 1;
      }),
    ).toEqual([deal.id]);
    const reopened = await (async () => {
      let answer: { position: number } | undefined;
      const ids = await written(async () => (answer = await move(first!.id, 1)));
      return { ids, answer };
    })();
    expect(reopened.ids).toEqual([deal.id]);
    expect(reopened.answer!.position).toBe(1);
    // The activity records indexes, as the API shows them.
    const activity = await db.prisma.activity.findFirstOrThrow({
      where: { dealId: deal.id, type: 'UPDATED' },
      orderBy: { createdAt: 'desc' },
    });
    expect(activity.payload).toEqual({ position: { from: 0, to: 2 } });
    expect(await columnOrderProblems(db.prisma, 'pl-new', { distinct: true })).toEqual([]);
  });

  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const [first] = await openColumns('pl-new');
    const deal = (await column(first!.id))[1]!;
    const activities = await db.prisma.activity.count();
    const ids = await written(async () => {
      const { errors } = await api.run(MOVE, {
        id: deal.id,
        stageId: first!.id,
        position: 0,
        v: deal.version - 1,
      });
      expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });
    expect(ids).toEqual([]);
    expect(await db.prisma.activity.count()).toBe(activities);
  });

  it('deletes a deal without touching its neighbours', async () => {
    const [first] = await openColumns('pl-exp');
    const deals = await column(first!.id);
    const ids = await written(async () => {
      const { errors } = await api.run(
        'mutation ($id: ID!, $v: Int!) { deleteDeal(id: $id, expectedVersion: $v) }',
        { id: deals[0]!.id, v: deals[0]!.version },
      );
      expect(errors).toBeUndefined();
    });
    expect(ids).toEqual([]);
    const positions = (await apiColumn('pl-exp', first!.id)).map((d) => d.position);
    expect(positions).toEqual(deals.slice(1).map((_, i) => i));
  });
});

describe('order keys', () => {
  it('stay ordered and short over many moves to one spot', async () => {
    const [, , third, fourth] = await openColumns('pl-new');
    const target = third!.id;
    await addDeals(target, 'spot-stay', 3);
    await addDeals(fourth!.id, 'spot-move', 40);
    const movers = (await column(fourth!.id)).filter((d) => d.id.startsWith('spot-move'));
    const expected = (await column(target)).map((d) => d.id);
    // Each deal goes to index 1, then back out and in again, so the same spot keeps being split.
    let longest = 0;
    for (let round = 0; round < 3; round++) {
      for (const mover of movers) {
        const current = await db.prisma.deal.findUniqueOrThrow({ where: { id: mover.id } });
        const from = expected.indexOf(mover.id);
        if (from >= 0) expected.splice(from, 1);
        const { data, errors } = await api.run<{ moveDeal: { position: number } }>(MOVE, {
          id: mover.id,
          stageId: target,
          position: 1,
          v: current.version,
        });
        expect(errors).toBeUndefined();
        expect(data!.moveDeal.position).toBe(1);
        expected.splice(1, 0, mover.id);
        const [row] = await db.prisma.$queryRaw<{ n: number }[]>`
          SELECT max(length(position))::int AS n FROM "Deal" WHERE "stageId" = ${target}`;
        longest = Math.max(longest, row!.n);
      }
    }
    await columnRebalancesSettled(db.prisma);
    expect((await column(target)).map((d) => d.id)).toEqual(expected);
    expect((await apiColumn('pl-new', target)).map((d) => d.id)).toEqual(expected);
    expect(await columnOrderProblems(db.prisma, 'pl-new', { distinct: true })).toEqual([]);
    // The random tails spread placements at one spot, so keys grow slowly (measured: at most 21
    // characters over these 120 moves); past the limit a rebalance would have shortened them.
    expect(longest).toBeLessThanOrEqual(2 * REBALANCE_KEY_LENGTH);
    const keys = (await column(target)).map((d) => d.position);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(REBALANCE_KEY_LENGTH);
  });

  it('rebalances a column in the background once a key grows past the limit', async () => {
    const [, , , fourth] = await openColumns('pl-new');
    await addDeals(fourth!.id, 'long', 6);
    const deals = await column(fourth!.id);
    // Keys as a long run of placements at one spot would leave them (hand-made, still ordered).
    const deep = 'a0' + '0'.repeat(REBALANCE_KEY_LENGTH);
    await db.prisma.deal.update({ where: { id: deals[1]!.id }, data: { position: `${deep}1` } });
    await db.prisma.deal.update({ where: { id: deals[2]!.id }, data: { position: `${deep}2` } });
    const order = (await column(fourth!.id)).map((d) => d.id);
    const mover = deals.at(-1)!;
    const ids = await written(async () => {
      const { errors } = await api.run(MOVE, {
        id: mover.id,
        stageId: fourth!.id,
        position: 2,
        v: mover.version,
      });
      expect(errors).toBeUndefined();
    });
    const expected = order.filter((id) => id !== mover.id);
    expected.splice(2, 0, mover.id);
    const after = await column(fourth!.id);
    expect(after.map((d) => d.id)).toEqual(expected);
    expect(after.map((d) => d.position)).toEqual(after.map((_, i) => ordinalKey(i)));
    // The move wrote its deal; the rebalance (after the commit) the rows whose key changed.
    expect(ids).toContain(mover.id);
    expect(ids.length).toBeGreaterThan(1);
    const versions = await db.prisma.deal.findMany({ where: { id: { in: order } } });
    for (const deal of versions)
      expect(deal.version).toBe(
        deals.find((d) => d.id === deal.id)!.version + (deal.id === mover.id ? 1 : 0),
      );
  });

  it('places a deal beside two deals that share a key, and the rebalance separates them', async () => {
    const [, second] = await openColumns('pl-exp');
    await addDeals(second!.id, 'clash', 5);
    const deals = await column(second!.id);
    // Hand-made clash: the first two deals get one key.
    await db.prisma.deal.update({
      where: { id: deals[1]!.id },
      data: { position: deals[0]!.position },
    });
    const mover = deals.at(-1)!;
    const { errors } = await api.run(MOVE, {
      id: mover.id,
      stageId: second!.id,
      position: 1,
      v: mover.version,
    });
    expect(errors).toBeUndefined();
    await columnRebalancesSettled(db.prisma);
    const after = await column(second!.id);
    expect(after.map((d) => d.id).slice(0, 3)).toEqual(
      [deals[0]!.id, deals[1]!.id].sort().concat(mover.id),
    );
    expect(after.map((d) => d.position)).toEqual(after.map((_, i) => ordinalKey(i)));
  });

  it('pages a column by afterPosition in board order', async () => {
    const [first] = await openColumns('pl-new');
    const all = await apiColumn('pl-new', first!.id);
    const paged: { id: string; position: number }[] = [];
    for (let after = -1; ;) {
      const { data, errors } = await api.run<{
        pipeline: { stages: { id: string; deals: { id: string; position: number }[] }[] };
      }>(
        'query ($id: ID!, $after: Int) { pipeline(id: $id) { stages { id deals(first: 2, afterPosition: $after) { id position } } } }',
        { id: 'pl-new', after },
      );
      expect(errors).toBeUndefined();
      const page = data!.pipeline.stages.find((s) => s.id === first!.id)!.deals;
      if (page.length === 0) break;
      paged.push(...page);
      after = page.at(-1)!.position;
    }
    expect(paged).toEqual(all);
    expect(all.map((d) => d.position)).toEqual(all.map((_, i) => i));
  });

  it('gives the board its OPEN column pages with the same positions as counting them would', async () => {
    // The board asks each column for { status: OPEN }: in an open stage that is the whole column,
    // so positions are known from the page (ADR 044); minValue 0 keeps every deal too but is
    // counted by the window statement. Both must give the same page and positions, page by page.
    const [first] = await openColumns('pl-new');
    const page = async (filter: Record<string, unknown>, after: number) => {
      const { data, errors } = await api.run<{
        pipeline: { stages: { id: string; deals: { id: string; position: number }[] }[] };
      }>(
        'query ($id: ID!, $after: Int, $filter: DealFilter) { pipeline(id: $id) { stages { id deals(filter: $filter, first: 2, afterPosition: $after) { id position } } } }',
        { id: 'pl-new', after, filter },
      );
      expect(errors).toBeUndefined();
      return data!.pipeline.stages.find((s) => s.id === first!.id)!.deals;
    };
    const all = await apiColumn('pl-new', first!.id);
    const paged: { id: string; position: number }[] = [];
    for (let after = -1; ;) {
      const board = await page({ status: 'OPEN' }, after);
      expect(board).toEqual(await page({ minValue: '0' }, after));
      if (board.length === 0) break;
      paged.push(...board);
      after = board.at(-1)!.position;
    }
    expect(paged).toEqual(all);
    // A won column asked for its OPEN deals has none.
    const { data } = await api.run<{ pipeline: { stages: { kind: string; deals: unknown[] }[] } }>(
      'query { pipeline(id: "pl-new") { stages { kind deals(filter: { status: OPEN }, first: 5) { id } } } }',
    );
    for (const stage of data!.pipeline.stages.filter((s) => s.kind !== 'OPEN'))
      expect(stage.deals).toEqual([]);
  });
});

describe('the migration to order keys', () => {
  it('gives the n-th deal of a column the n-th consecutive key', async () => {
    const folder = readdirSync(path.resolve('prisma/migrations')).find((name) =>
      name.endsWith('_fractional_deal_positions'),
    )!;
    const sql = readFileSync(path.resolve('prisma/migrations', folder, 'migration.sql'), 'utf8');
    const expression = /SET "positionKey" = (CASE[\s\S]*?END)\s*FROM ranked/.exec(sql)![1]!;
    const samples = [0, 1, 61, 62, 63, 3905, 3906, 3907, 242_233, 242_234, 1_000_000, 14_000_000];
    const rows = await db.prisma.$queryRawUnsafe<{ n: number; key: string }[]>(
      `SELECT r.n::int AS n, ${expression} AS key FROM unnest(ARRAY[${samples.join(',')}]::bigint[]) AS r(n)`,
    );
    expect(rows.map((row) => row.key)).toEqual(samples.map((n) => ordinalKey(n)));
  });
});
