import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { Decimal } from '../services/common/money';
import { effectiveProbability } from '../services/pipelines/stageProbability';

const NOW = new Date('2026-11-01T00:00:00Z');

/** Σ value × the stage's effective rate (learned from the seeded history), to the cent. */
async function weightedSum(deals: [stageId: string, value: string][]): Promise<string> {
  let sum = new Decimal(0);
  for (const [stageId, value] of deals) {
    const stage = await db.prisma.pipelineStage.findUniqueOrThrow({ where: { id: stageId } });
    sum = sum.plus(new Decimal(value).times(effectiveProbability(stage) ?? 0));
  }
  return sum.toFixed(2);
}
let db: TestDatabase;
let api: TestApi;
const statements: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  await seedDemo(db.prisma, { seed: 7, leads: 600, now: NOW });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

async function countStatements(run: () => Promise<unknown>): Promise<number> {
  statements.length = 0;
  await run();
  return statements.length;
}

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        id
        deals {
          id
          title
          value
          stage {
            name
          }
        }
        openDealValue
        weightedDealValue
        wonDealValue
        openDealTotals {
          currency
          amount
        }
        weightedDealTotals {
          currency
          amount
        }
        wonDealTotals {
          currency
          amount
        }
      }
    }
  }
`;

describe('Customer entity', () => {
  it('resolves 100 representations with their deals in a fixed number of statements', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => `cus-${String(i + 1).padStart(4, '0')}`);
    let result: Awaited<ReturnType<TestApi['run']>> | undefined;
    const count = await countStatements(async () => {
      result = await api.run(ENTITIES, {
        representations: ids.map((id) => ({ __typename: 'Customer', id })),
      });
    });
    expect(result?.errors).toBeUndefined();
    const customers = (result?.data as { _entities: { id: string; deals: unknown[] }[] })._entities;
    expect(customers).toHaveLength(100);
    expect(customers.some((c) => c.deals.length > 0)).toBe(true);
    console.log(`SQL statements for 100 Customer representations with deals and figures: ${count}`);
    // deals of the customers with their stages (1), deal values per customer and stage with
    // theirs (1): which comes back first does not matter
    expect(count).toBe(2);

    const ten = await countStatements(() =>
      api.run(ENTITIES, {
        representations: ids.slice(0, 10).map((id) => ({ __typename: 'Customer', id })),
      }),
    );
    expect(ten).toBe(count);
  });

  it('resolves an unknown id to a customer with no deals, not an error', async () => {
    const { data, errors } = await api.run(ENTITIES, {
      representations: [{ __typename: 'Customer', id: 'nobody' }],
    });
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      _entities: [
        {
          id: 'nobody',
          deals: [],
          openDealValue: '0.00',
          weightedDealValue: '0.00',
          wonDealValue: '0.00',
          openDealTotals: [],
          weightedDealTotals: [],
          wonDealTotals: [],
        },
      ],
    });
  });

  it("returns a customer's newest 500 deals when first is not given, or given as null", async () => {
    const customer = await db.prisma.customer.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const stage = await db.prisma.pipelineStage.findFirstOrThrow({
      where: { pipelineId: 'pl-new', kind: 'OPEN' },
    });
    const ids = Array.from({ length: 502 }, (_, i) => `many-${String(i).padStart(4, '0')}`);
    await db.prisma.deal.createMany({
      data: ids.map((id, i) => ({
        id,
        tenantId: customer.tenantId,
        pipelineId: 'pl-new',
        stageId: stage.id,
        customerId: customer.id,
        title: id,
        value: 1,
        currency: 'USD',
        position: `zz${id}`,
        createdAt: new Date(Date.UTC(2031, 0, 1) + i * 1000),
      })),
    });
    try {
      for (const args of ['', '(first: null)']) {
        const { data, errors } = await api.run<{ _entities: { deals: { id: string }[] }[] }>(
          `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { deals${args} { id } } } }`,
          { r: [{ __typename: 'Customer', id: customer.id }] },
        );
        expect(errors).toBeUndefined();
        const deals = data!._entities[0]!.deals;
        expect(deals).toHaveLength(500);
        expect(deals[0]!.id).toBe('many-0501');
        expect(deals.at(-1)!.id).toBe('many-0002');
      }
    } finally {
      await db.prisma.deal.deleteMany({ where: { id: { in: ids } } });
    }
  });

  it('hides customers and deals of another tenant', async () => {
    const other = { tenantId: 'tenant-other', userId: 'someone', role: 'ADMIN' as const };
    const { data } = await api.run(
      ENTITIES,
      { representations: [{ __typename: 'Customer', id: 'cus-0002' }] },
      other,
    );
    expect((data as { _entities: { deals: unknown[] }[] })._entities[0]?.deals).toEqual([]);
    const deal = await api.run('{ deal(id: "deal-00001") { id } }', undefined, other);
    expect(deal.data).toEqual({ deal: null });
  });
});

describe('pipeline board', () => {
  it('lists stages in order with their deals in board order and column totals', async () => {
    const count = await countStatements(async () => {
      const { data, errors } = await api.run(`{
        pipelines { id name stages { name order kind dealCount totalValue weightedValue
          deals { id position value version stage { id } customer { id } owner { name } daysInStage isRotting } } }
      }`);
      expect(errors).toBeUndefined();
      const pipelines = (
        data as {
          pipelines: {
            name: string;
            stages: {
              order: number;
              dealCount: number;
              totalValue: string;
              deals: { position: number; value: string }[];
            }[];
          }[];
        }
      ).pipelines;
      expect(pipelines.map((p) => p.name)).toEqual(['New business', 'Expansion']);
      for (const stage of pipelines[0]!.stages) {
        expect(stage.deals.map((d) => d.position)).toEqual(stage.deals.map((_, i) => i));
        expect(stage.dealCount).toBe(stage.deals.length);
        const sum = stage.deals.reduce((s, d) => s + Number(d.value), 0);
        expect(Number(stage.totalValue)).toBeCloseTo(sum, 2);
      }
      expect(pipelines[0]!.stages.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5]);
    });
    expect(count).toBeLessThanOrEqual(6);
  });
});

describe('board columns in pages', () => {
  it('loads a long column page by page in board order', async () => {
    const query =
      'query ($after: Int) { pipeline(id: "pl-new") { stages { id dealCount deals(first: 5, afterPosition: $after) { position } } } }';
    type Result = {
      pipeline: { stages: { id: string; dealCount: number; deals: { position: number }[] }[] };
    };
    const first = await api.run<Result>(query, { after: null });
    const column = first.data!.pipeline.stages.find((s) => s.dealCount > 10)!;
    expect(column.deals.map((d) => d.position)).toEqual([0, 1, 2, 3, 4]);
    const next = await api.run<Result>(query, { after: 4 });
    expect(
      next.data!.pipeline.stages.find((s) => s.id === column.id)!.deals.map((d) => d.position),
    ).toEqual([5, 6, 7, 8, 9]);
  });
});

describe('deal and lead connections', () => {
  it('pages through leads sorted by score with cursors, without repeats', async () => {
    await db.prisma.$executeRawUnsafe(
      `UPDATE "Lead" SET score = (abs(hashtext(id)) % 101) WHERE id NOT LIKE '%7'`,
    );
    const seen: string[] = [];
    let after: string | null = null;
    let scores: (number | null)[] = [];
    for (;;) {
      type Page = {
        leads: {
          edges: { node: { id: string; score: number | null } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          totalCount: number;
        };
      };
      const result: { data: Page | null | undefined; errors: unknown } = await api.run<Page>(
        `query ($after: String) { leads(first: 97, after: $after) { totalCount edges { node { id score } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(result.errors).toBeUndefined();
      const page = result.data!.leads;
      seen.push(...page.edges.map((e) => e.node.id));
      scores = [...scores, ...page.edges.map((e) => e.node.score)];
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(600);
    const numeric = scores.filter((s): s is number => s !== null);
    expect(numeric).toEqual([...numeric].sort((a, b) => b - a));
    expect(scores.slice(numeric.length).every((s) => s === null)).toBe(true);
  });

  it('filters deals on the server and rejects a bad cursor and a bad page size', async () => {
    const { data } = await api.run<{
      deals: { totalCount: number; edges: { node: { value: string; stage: { kind: string } } }[] };
    }>(
      `{ deals(filter: { status: OPEN, minValue: "5000" }, orderBy: { field: VALUE, direction: DESC }, first: 20) {
          totalCount edges { node { value stage { kind } } } } }`,
    );
    const values = data!.deals.edges.map((e) => Number(e.node.value));
    expect(values.every((v) => v >= 5000)).toBe(true);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(data!.deals.edges.every((e) => e.node.stage.kind === 'OPEN')).toBe(true);

    const badCursor = await api.run('{ deals(after: "nonsense") { totalCount } }');
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badFirst = await api.run('{ leads(first: 0) { totalCount } }');
    expect(badFirst.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('leaves converted leads out with the status list the lead table sends by default', async () => {
    const notConverted = await db.prisma.lead.count({ where: { status: { not: 'CONVERTED' } } });
    expect(await db.prisma.lead.count({ where: { status: 'CONVERTED' } })).toBeGreaterThan(0);
    const statuses: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (;;) {
      type Page = {
        leads: {
          totalCount: number;
          edges: { node: { status: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
      const result: { data: Page | null | undefined; errors: unknown } = await api.run<Page>(
        `query ($after: String) { leads(first: 200, after: $after,
            filter: { status: [NEW, WORKING, QUALIFIED, DISQUALIFIED] }) {
          totalCount edges { node { status } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(result.errors).toBeUndefined();
      const page = result.data!.leads;
      totalCount = page.totalCount;
      statuses.push(...page.edges.map((e) => e.node.status));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(totalCount).toBe(notConverted);
    expect(statuses).toHaveLength(notConverted);
    expect(statuses).not.toContain('CONVERTED');
  });

  it('filters leads by a status or source list of any length; an empty list is an error, not every lead', async () => {
    const query = `query ($f: LeadFilter) { leads(filter: $f, first: 5) { totalCount } }`;
    const count = async (filter: Record<string, unknown>) => {
      const { data, errors } = await api.run<{ leads: { totalCount: number } }>(query, {
        f: filter,
      });
      expect(errors).toBeUndefined();
      return data!.leads.totalCount;
    };
    const working = await db.prisma.lead.count({ where: { status: 'WORKING' } });
    expect(working).toBeGreaterThan(0);
    // More items than PostgreSQL takes parameters (65,535): they were one parameter each.
    expect(await count({ status: Array.from({ length: 70_000 }, () => 'WORKING') })).toBe(working);
    const sources = (await db.prisma.lead.groupBy({ by: ['source'], _count: true })).filter(
      (group) => group.source != null,
    );
    const [source] = sources;
    expect(
      await count({
        source: [
          ...Array.from({ length: 70_000 }, (_, i) => `no such source ${i}`),
          source!.source,
        ],
      }),
    ).toBe(source!._count);
    for (const field of ['status', 'source']) {
      const { errors } = await api.run(query, { f: { [field]: [] } });
      expect(errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        [
          `filter.${field}: give at least one ${field}, or leave ${field} out for leads of any ${field}`,
          'BAD_USER_INPUT',
        ],
      ]);
    }
  });

  it('returns only rotting deals when asked', async () => {
    const { data, errors } = await api.run<{
      deals: { edges: { node: { isRotting: boolean } }[] };
    }>('{ deals(filter: { rottingOnly: true }, first: 200) { edges { node { isRotting } } } }');
    expect(errors).toBeUndefined();
    expect(data!.deals.edges.length).toBeGreaterThan(0);
    expect(data!.deals.edges.every((e) => e.node.isRotting)).toBe(true);
  });
});

/** Creates a deal through the API, won after when `won` (createDeal takes open stages only). */
async function createDealThroughApi(input: Record<string, unknown>, won = false) {
  const created = await api.run<{ createDeal: { id: string; version: number } }>(
    'mutation ($input: CreateDealInput!) { createDeal(input: $input) { id version } }',
    { input },
  );
  expect(created.errors).toBeUndefined();
  if (!won) return;
  const marked = await api.run(
    'mutation ($id: ID!, $v: Int!) { markDealWon(id: $id, expectedVersion: $v) { id } }',
    { id: created.data!.createDeal.id, v: created.data!.createDeal.version },
  );
  expect(marked.errors).toBeUndefined();
}

describe('Customer money figures', () => {
  it('total deal values per currency, exactly, and never add currencies together', async () => {
    await db.prisma.customer.create({ data: { id: 'cus-fx', tenantId: DEMO_PRINCIPAL.tenantId } });
    const deals = [
      { value: '1000.10', currency: 'USD', stageId: 'pl-new-st-0' }, // open
      { value: '500.05', currency: 'EUR', stageId: 'pl-exp-st-2' }, // open
      { value: '0.10', currency: 'EUR', stageId: 'pl-exp-st-2', won: true },
      { value: '0.20', currency: 'EUR', stageId: 'pl-exp-st-2', won: true },
    ];
    for (const { won, ...deal } of deals)
      await createDealThroughApi({ title: 'FX deal', customerId: 'cus-fx', ...deal }, won);

    const { data, errors } = await api.run<{ _entities: Record<string, unknown>[] }>(ENTITIES, {
      representations: [{ __typename: 'Customer', id: 'cus-fx' }],
    });

    expect(errors).toBeUndefined();
    expect(data!._entities[0]).toMatchObject({
      openDealTotals: [
        { currency: 'EUR', amount: '500.05' },
        { currency: 'USD', amount: '1000.10' },
      ],
      weightedDealTotals: [
        { currency: 'EUR', amount: await weightedSum([['pl-exp-st-2', '500.05']]) },
        { currency: 'USD', amount: await weightedSum([['pl-new-st-0', '1000.10']]) },
      ],
      wonDealTotals: [{ currency: 'EUR', amount: '0.30' }],
      openDealValue: null,
      weightedDealValue: null,
      wonDealValue: '0.30',
    });
  });
});

describe('pipeline money figures', () => {
  // A USD pipeline holding yen deals: the yen are never added to the dollars.
  beforeAll(async () => {
    const tenantId = DEMO_PRINCIPAL.tenantId;
    await db.prisma.pipeline.create({
      data: { id: 'pl-fx', tenantId, name: 'FX', position: 9, currency: 'USD' },
    });
    await db.prisma.pipelineStage.createMany({
      data: [
        {
          id: 'pl-fx-open',
          tenantId,
          pipelineId: 'pl-fx',
          name: 'Open',
          order: 0,
          probability: 0.5,
        },
        { id: 'pl-fx-won', tenantId, pipelineId: 'pl-fx', name: 'Won', order: 1, kind: 'WON' },
      ],
    });
    const deals = [
      { value: '1000.10', stageId: 'pl-fx-open' }, // the pipeline's USD
      { value: '50000', currency: 'JPY', stageId: 'pl-fx-open' },
      { value: '300', stageId: 'pl-fx-open', won: true }, // won: in pl-fx-won
      { value: '100', currency: 'USD', stageId: 'pl-fx-open', won: true },
      { value: '7000', currency: 'JPY', stageId: 'pl-fx-open', won: true },
      { value: '20.20', stageId: 'pl-new-st-2' }, // another USD pipeline
    ];
    for (const { won, ...deal } of deals)
      await createDealThroughApi(
        { title: 'FX deal', expectedCloseDate: '2031-03-15', ...deal },
        won,
      );
    await db.prisma.deal.updateMany({
      where: { tenantId, title: 'FX deal', stage: { kind: 'WON' } },
      data: { closedAt: new Date('2031-03-10T12:00:00Z') },
    });
  });

  it('board columns total each currency apart', async () => {
    const { data, errors } = await api.run<{ pipeline: { stages: Record<string, unknown>[] } }>(
      `{ pipeline(id: "pl-fx") { stages { dealCount totals { currency amount }
           weightedTotals { currency amount } totalValue weightedValue } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.pipeline.stages).toEqual([
      {
        dealCount: 2,
        totals: [
          { currency: 'JPY', amount: '50000.00' },
          { currency: 'USD', amount: '1000.10' },
        ],
        weightedTotals: [
          { currency: 'JPY', amount: '25000.00' },
          { currency: 'USD', amount: '500.05' },
        ],
        totalValue: null,
        weightedValue: null,
      },
      {
        dealCount: 3,
        totals: [
          { currency: 'JPY', amount: '7000.00' },
          { currency: 'USD', amount: '400.00' },
        ],
        weightedTotals: [
          { currency: 'JPY', amount: '7000.00' },
          { currency: 'USD', amount: '400.00' },
        ],
        totalValue: null,
        weightedValue: null,
      },
    ]);
    const usdOnly = await api.run<{ pipeline: { stages: Record<string, unknown>[] } }>(
      `{ pipeline(id: "pl-fx") { stages { totals(filter: { minValue: "100", maxValue: "1000.10" }) { currency amount }
           totalValue(filter: { minValue: "100", maxValue: "1000.10" }) } } }`,
    );
    expect(usdOnly.errors).toBeUndefined();
    expect(usdOnly.data!.pipeline.stages).toEqual([
      { totals: [{ currency: 'USD', amount: '1000.10' }], totalValue: '1000.10' },
      { totals: [{ currency: 'USD', amount: '400.00' }], totalValue: '400.00' },
    ]);
  });

  it('the forecast totals each currency apart, with or without a pipeline', async () => {
    const query = `query ($pipelineId: ID) {
      forecast(pipelineId: $pipelineId, from: "2031-03-01", to: "2031-03-31") {
        month dealCount totals { currency amount } weightedTotals { currency amount }
        wonTotals { currency amount } totalValue weightedValue wonValue } }`;
    const fx = await api.run<{ forecast: unknown[] }>(query, { pipelineId: 'pl-fx' });
    expect(fx.errors).toBeUndefined();
    expect(fx.data!.forecast).toEqual([
      {
        month: '2031-03',
        dealCount: 2,
        totals: [
          { currency: 'JPY', amount: '50000.00' },
          { currency: 'USD', amount: '1000.10' },
        ],
        weightedTotals: [
          { currency: 'JPY', amount: '25000.00' },
          { currency: 'USD', amount: '500.05' },
        ],
        wonTotals: [
          { currency: 'JPY', amount: '7000.00' },
          { currency: 'USD', amount: '400.00' },
        ],
        totalValue: null,
        weightedValue: null,
        wonValue: null,
      },
    ]);
    const all = await api.run<{ forecast: unknown[] }>(query, {});
    expect(all.errors).toBeUndefined();
    expect(all.data!.forecast).toEqual([
      expect.objectContaining({
        dealCount: 3,
        totals: [
          { currency: 'JPY', amount: '50000.00' },
          { currency: 'USD', amount: '1020.30' },
        ],
        weightedTotals: [
          { currency: 'JPY', amount: '25000.00' },
          {
            currency: 'USD',
            amount: await weightedSum([
              ['pl-fx-open', '1000.10'],
              ['pl-new-st-2', '20.20'],
            ]),
          },
        ],
        totalValue: null,
      }),
    ]);
    const usd = await api.run<{ forecast: unknown[] }>(query, { pipelineId: 'pl-new' });
    expect(usd.data!.forecast).toEqual([
      expect.objectContaining({
        totals: [{ currency: 'USD', amount: '20.20' }],
        wonTotals: [],
        totalValue: '20.20',
        weightedValue: await weightedSum([['pl-new-st-2', '20.20']]),
        wonValue: '0.00',
      }),
    ]);
  });

  it('pipeline statistics total and average each currency apart', async () => {
    const { data, errors } = await api.run<{ pipelineStats: Record<string, unknown> }>(
      `{ pipelineStats(pipelineId: "pl-fx", from: "2031-01-01", to: "2031-12-31") {
          wonCount averageWonValues { currency amount } averageWonValue
          stages { dealCount totals { currency amount } weightedTotals { currency amount }
                   totalValue weightedValue } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.pipelineStats).toEqual({
      wonCount: 3,
      averageWonValues: [
        { currency: 'JPY', amount: '7000.00' },
        { currency: 'USD', amount: '200.00' },
      ],
      averageWonValue: null,
      stages: [
        {
          dealCount: 2,
          totals: [
            { currency: 'JPY', amount: '50000.00' },
            { currency: 'USD', amount: '1000.10' },
          ],
          weightedTotals: [
            { currency: 'JPY', amount: '25000.00' },
            { currency: 'USD', amount: '500.05' },
          ],
          totalValue: null,
          weightedValue: null,
        },
        {
          dealCount: 3,
          totals: [
            { currency: 'JPY', amount: '7000.00' },
            { currency: 'USD', amount: '400.00' },
          ],
          weightedTotals: [
            { currency: 'JPY', amount: '7000.00' },
            { currency: 'USD', amount: '400.00' },
          ],
          totalValue: null,
          weightedValue: null,
        },
      ],
    });
  });
});
