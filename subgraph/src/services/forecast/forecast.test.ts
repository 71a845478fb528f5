import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';

let db: TestDatabase;
let api: TestApi;
const REP = { tenantId: DEMO_PRINCIPAL.tenantId, userId: 'user-rep-1', role: 'REP' as const };
const OTHER_TENANT = { tenantId: 'tenant-other', userId: 'intruder', role: 'ADMIN' as const };

const DAY = 86_400_000;
const now = new Date();
const month = (offset: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
const day = (date: Date) => date.toISOString().slice(0, 10);
const thisMonth = month(0);
const nextMonth = month(1);

let pipelineId: string;
let early: string; // an open stage at 20 %
let late: string; // an open stage at 60 %

async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { data, errors } = await api.run<T>(query, variables);
  expect(errors).toBeUndefined();
  return data!;
}

async function createDeal(
  input: Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  const data = await ok<{ createDeal: { id: string; version: number } }>(
    'mutation ($input: CreateDealInput!) { createDeal(input: $input) { id version } }',
    { input: { title: 'Deal', currency: 'USD', ...input } },
  );
  return data.createDeal;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 11, leads: 50, now });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
  // A pipeline of its own, so the figures below are exact: no history, so each stage's rate is its
  // hand probability (the prior alone).
  const created = await ok<{ createPipeline: { id: string; stages: { id: string }[] } }>(
    'mutation { createPipeline(name: "Forecast check", currency: "USD") { id stages { id } } }',
  );
  pipelineId = created.createPipeline.id;
  const first = created.createPipeline.stages[0]!.id;
  await ok('mutation ($id: ID!) { updateStage(id: $id, input: { probability: 0.2 }) { id } }', {
    id: first,
  });
  const second = await ok<{ createStage: { id: string } }>(
    'mutation ($p: ID!) { createStage(input: { pipelineId: $p, name: "Proposal", order: 1, probability: 0.6 }) { id } }',
    { p: pipelineId },
  );
  early = first;
  late = second.createStage.id;

  const inTwoWeeks = day(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 14)));
  // Next month: rep 1 has 1,000 at 20 % and 2,000 at 60 %; rep 2 has 500 at 60 %.
  await createDeal({
    value: '1000',
    stageId: early,
    ownerId: 'user-rep-1',
    expectedCloseDate: inTwoWeeks,
  });
  await createDeal({
    value: '2000',
    stageId: late,
    ownerId: 'user-rep-1',
    expectedCloseDate: inTwoWeeks,
  });
  await createDeal({
    value: '500',
    stageId: late,
    ownerId: 'user-rep-2',
    expectedCloseDate: inTwoWeeks,
  });
  // Overdue: expected ten days ago, still open; counted in the current month, not dropped.
  await createDeal({
    value: '300',
    stageId: late,
    ownerId: 'user-rep-2',
    expectedCloseDate: day(new Date(now.getTime() - 40 * DAY)),
  });
  // Won today by rep 1: 800.
  const won = await createDeal({
    value: '800',
    stageId: late,
    ownerId: 'user-rep-1',
    expectedCloseDate: inTwoWeeks,
  });
  await ok('mutation ($id: ID!, $v: Int!) { markDealWon(id: $id, expectedVersion: $v) { id } }', {
    id: won.id,
    v: won.version,
  });
});
afterAll(() => db?.drop());

const FORECAST = `query ($p: ID, $o: ID, $from: Date, $to: Date) {
  forecast(pipelineId: $p, ownerId: $o, from: $from, to: $to) {
    month dealCount target targetTotal { currency amount }
    totals { currency amount } weightedTotals { amount } wonTotals { amount }
    bestCaseTotals { currency amount } expectedTotals { currency amount }
    overdueCount overdueTotals { amount }
    owners { ownerId owner { id name } dealCount wonTotals { amount } expectedTotals { amount } target { currency amount } attainment }
  } }`;
type Month = {
  month: string;
  dealCount: number;
  target: string | null;
  targetTotal: { currency: string; amount: string } | null;
  totals: { currency: string; amount: string }[];
  weightedTotals: { amount: string }[];
  wonTotals: { amount: string }[];
  bestCaseTotals: { currency: string; amount: string }[];
  expectedTotals: { currency: string; amount: string }[];
  overdueCount: number;
  overdueTotals: { amount: string }[];
  owners: {
    ownerId: string | null;
    owner: { id: string } | null;
    dealCount: number;
    wonTotals: { amount: string }[];
    expectedTotals: { amount: string }[];
    target: { currency: string; amount: string } | null;
    attainment: number | null;
  }[];
};
const range = { from: `${thisMonth}-01`, to: `${nextMonth}-28` };
async function months(variables: Record<string, unknown> = {}): Promise<Month[]> {
  return (await ok<{ forecast: Month[] }>(FORECAST, { p: pipelineId, ...range, ...variables }))
    .forecast;
}

const SET = `mutation ($input: SalesTargetInput!) { setSalesTarget(input: $input) {
  id month amount currency pipeline { id } owner { id } } }`;

describe('the forecast', () => {
  it('adds won, best case and expected exactly; counts overdue deals in the current month', async () => {
    const [current, next] = await months();
    expect(current).toMatchObject({
      month: thisMonth,
      dealCount: 1,
      overdueCount: 1,
      overdueTotals: [{ amount: '300.00' }],
      wonTotals: [{ amount: '800.00' }],
      totals: [{ currency: 'USD', amount: '300.00' }],
      weightedTotals: [{ amount: '180.00' }], // 300 × 60 %
      bestCaseTotals: [{ currency: 'USD', amount: '1100.00' }],
      expectedTotals: [{ currency: 'USD', amount: '980.00' }],
    });
    expect(next).toMatchObject({
      month: nextMonth,
      dealCount: 3,
      overdueCount: 0,
      wonTotals: [],
      totals: [{ currency: 'USD', amount: '3500.00' }],
      // 1000 × 20 % + 2000 × 60 % + 500 × 60 %
      expectedTotals: [{ currency: 'USD', amount: '1700.00' }],
      bestCaseTotals: [{ currency: 'USD', amount: '3500.00' }],
    });
    expect(next!.owners.map((o) => [o.ownerId, o.dealCount, o.expectedTotals[0]?.amount])).toEqual([
      ['user-rep-1', 2, '1400.00'],
      ['user-rep-2', 1, '300.00'],
    ]);
    // A range without the current month does not pull overdue deals into it.
    const [onlyNext] = await months({ from: `${nextMonth}-01`, to: `${nextMonth}-28` });
    expect(onlyNext).toMatchObject({ month: nextMonth, dealCount: 3, overdueCount: 0 });
  });

  it('stores targets per scope, replaces them, and shows attainment per rep', async () => {
    const team = await ok<{ setSalesTarget: { id: string; currency: string } }>(SET, {
      input: { month: thisMonth, pipelineId, amount: '5000' },
    });
    expect(team.setSalesTarget.currency).toBe('USD'); // the pipeline's
    const replaced = await ok<{ setSalesTarget: { id: string; amount: string } }>(SET, {
      input: { month: thisMonth, pipelineId, amount: '4000.50' },
    });
    expect(replaced.setSalesTarget).toEqual(
      expect.objectContaining({ id: team.setSalesTarget.id, amount: '4000.50' }),
    );
    await ok(SET, {
      input: { month: thisMonth, pipelineId, ownerId: 'user-rep-1', amount: '1600' },
    });
    await ok(SET, {
      input: { month: thisMonth, pipelineId, ownerId: 'user-rep-3', amount: '900' },
    });

    const [current] = await months();
    expect(current).toMatchObject({
      target: '4000.50',
      targetTotal: { currency: 'USD', amount: '4000.50' },
    });
    const rep1 = current!.owners.find((o) => o.ownerId === 'user-rep-1')!;
    expect(rep1).toMatchObject({
      owner: { id: 'user-rep-1' },
      wonTotals: [{ amount: '800.00' }],
      target: { currency: 'USD', amount: '1600.00' },
      attainment: 0.5,
    });
    // A rep with a target and no deals is listed, at 0 %.
    expect(current!.owners.find((o) => o.ownerId === 'user-rep-3')).toMatchObject({
      dealCount: 0,
      attainment: 0,
    });
    // The rep's own view: the target of the rep's scope.
    const [mine] = await months({ o: 'user-rep-1' });
    expect(mine).toMatchObject({ target: '1600.00', wonTotals: [{ amount: '800.00' }] });
    expect(mine!.owners.map((o) => o.ownerId)).toEqual(['user-rep-1']);

    const listed = await ok<{ salesTargets: { month: string; owner: { id: string } | null }[] }>(
      'query ($p: ID) { salesTargets(pipelineId: $p, fromMonth: "1900-01", toMonth: "2200-12") { month owner { id } } }',
      { p: pipelineId },
    );
    expect(listed.salesTargets.map((t) => t.owner?.id ?? null)).toEqual([
      null,
      'user-rep-1',
      'user-rep-3',
    ]);
  });

  it('refuses bad targets with the field, and keeps them to managers and the tenant', async () => {
    const before = await db.prisma.salesTarget.count();
    // The Decimal scalar refuses malformed amounts before the resolver (no field); the rest name it.
    const bad: [Record<string, unknown>, string | null][] = [
      [{ month: '2026-13', pipelineId, amount: '1' }, 'month'],
      [{ month: '2026-1', pipelineId, amount: '1' }, 'month'],
      [{ month: '0000-01', pipelineId, amount: '1' }, 'month'],
      [{ month: thisMonth, pipelineId, amount: '-5' }, 'amount'],
      [{ month: thisMonth, pipelineId, amount: '1e3' }, null],
      [{ month: thisMonth, pipelineId, amount: '1234567890123' }, null],
      [{ month: thisMonth, pipelineId, amount: '1', currency: 'usd' }, 'currency'],
      [{ month: thisMonth, amount: '1' }, 'currency'],
      [{ month: thisMonth, pipelineId: 'nope', amount: '1' }, 'pipelineId'],
      [{ month: thisMonth, pipelineId, ownerId: 'nobody', amount: '1' }, 'ownerId'],
    ];
    for (const [input, field] of bad) {
      const { errors } = await api.run(SET, { input });
      expect(errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code: 'BAD_USER_INPUT',
        ...(field ? { field } : {}),
      });
    }
    const rep = await createTestApi(db.prisma, REP).run(SET, {
      input: { month: thisMonth, pipelineId, amount: '1' },
    });
    expect(rep.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = createTestApi(db.prisma, OTHER_TENANT);
    const foreign = await other.run(SET, { input: { month: thisMonth, pipelineId, amount: '1' } });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'pipelineId',
    });
    const theirs = await other.run<{ salesTargets: unknown[] }>('{ salesTargets { id } }');
    expect(theirs.data!.salesTargets).toEqual([]);
    const target = await db.prisma.salesTarget.findFirstOrThrow();
    const deleted = await other.run<{ deleteSalesTarget: boolean }>(
      'mutation ($id: ID!) { deleteSalesTarget(id: $id) }',
      { id: target.id },
    );
    expect(deleted.data!.deleteSalesTarget).toBe(false);
    expect(await db.prisma.salesTarget.count()).toBe(before);

    const mine = await ok<{ deleteSalesTarget: boolean }>(
      'mutation ($id: ID!) { deleteSalesTarget(id: $id) }',
      { id: target.id },
    );
    expect(mine.deleteSalesTarget).toBe(true);
    expect(await db.prisma.salesTarget.count()).toBe(before - 1);
  });

  it('refuses a range over 60 months and a pipeline not of the tenant, instead of cutting or zeroing', async () => {
    const FORECAST = `query ($pipelineId: ID, $from: Date, $to: Date) {
      forecast(pipelineId: $pipelineId, from: $from, to: $to) { month } }`;
    // 60 months is a forecast, 61 is refused (it was cut to the first 60: 2027 was lost silently).
    const sixty = await ok<{ forecast: { month: string }[] }>(FORECAST, {
      from: '2023-01-01',
      to: '2027-12-31',
    });
    expect(sixty.forecast.map((m) => m.month)).toHaveLength(60);
    expect(sixty.forecast.at(-1)!.month).toBe('2027-12');
    const { errors } = await api.run(FORECAST, { from: '2022-01-01', to: '2027-12-31' });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(errors?.[0]?.message).toContain('at most 60 months; 2022-01 to 2027-12 is 72');
    for (const [principal, id] of [
      [DEMO_PRINCIPAL, 'nope'],
      [OTHER_TENANT, pipelineId],
    ] as const) {
      const unknown = await createTestApi(db.prisma, principal).run(FORECAST, { pipelineId: id });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('pipelineStats counts the whole `to` day', async () => {
    const today = day(now);
    const { data, errors } = await api.run<{ pipelineStats: { wonCount: number } }>(
      'query ($p: ID!, $d: Date) { pipelineStats(pipelineId: $p, from: $d, to: $d) { wonCount } }',
      { p: pipelineId, d: today },
    );
    expect(errors).toBeUndefined();
    expect(data!.pipelineStats.wonCount).toBe(1);
  });
  it('says how many open deals have no expected close date, and their totals, which no month counts', async () => {
    const UNDATED = `query ($p: ID, $o: ID) { undatedOpenDeals(pipelineId: $p, ownerId: $o) {
      dealCount totals { currency amount } } }`;
    type Undated = { undatedOpenDeals: { dealCount: number; totals: unknown[] } };
    expect((await ok<Undated>(UNDATED, { p: pipelineId })).undatedOpenDeals).toEqual({
      dealCount: 0,
      totals: [],
    });
    const before = await months();
    // Two open deals without a date (one in EUR), and one won without a date: only the open count.
    await createDeal({ value: '700', stageId: early, ownerId: 'user-rep-1' });
    await createDeal({ value: '250.50', currency: 'EUR', stageId: late, ownerId: 'user-rep-2' });
    const closed = await createDeal({ value: '9000', stageId: late, ownerId: 'user-rep-2' });
    await ok(
      'mutation ($id: ID!, $v: Int!) { markDealLost(id: $id, expectedVersion: $v, reason: "Budget") { id } }',
      {
        id: closed.id,
        v: closed.version,
      },
    );
    expect((await ok<Undated>(UNDATED, { p: pipelineId })).undatedOpenDeals).toEqual({
      dealCount: 2,
      totals: [
        { currency: 'EUR', amount: '250.50' },
        { currency: 'USD', amount: '700.00' },
      ],
    });
    expect(
      (await ok<Undated>(UNDATED, { p: pipelineId, o: 'user-rep-1' })).undatedOpenDeals,
    ).toEqual({
      dealCount: 1,
      totals: [{ currency: 'USD', amount: '700.00' }],
    });
    // The forecast's months are as they were: these deals are in none of them.
    expect(await months()).toEqual(before);
    // Over every pipeline, the demo's undated open deals too; a pipeline not of the tenant is NOT_FOUND.
    const all = (await ok<Undated>(UNDATED)).undatedOpenDeals;
    const demoUndated = await db.prisma.deal.count({
      where: {
        tenantId: DEMO_PRINCIPAL.tenantId,
        expectedCloseDate: null,
        stage: { kind: 'OPEN' },
      },
    });
    expect(all.dealCount).toBe(demoUndated);
    const unknown = await createTestApi(db.prisma, OTHER_TENANT).run(UNDATED, { p: pipelineId });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
