import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { ordinalKey } from '../deals/positionKey';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';

let db: TestDatabase;
let api: TestApi;
const tenantId = DEMO_PRINCIPAL.tenantId;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 11, leads: 60, now: new Date('2026-11-01T00:00:00Z') });
  // Ties on every sort column and NULLs where the column allows them.
  const at = new Date('2026-10-01T12:00:00.000Z');
  await db.prisma.lead.createMany({
    data: Array.from({ length: 6 }, (_, i) => ({
      id: `lead-tie-${i}`,
      tenantId,
      name: 'Tie Lead',
      source: 'web',
      status: 'NEW' as const,
      score: i < 3 ? null : 50,
      createdAt: at,
    })),
  });
  const stage = await db.prisma.pipelineStage.findFirstOrThrow({ where: { tenantId } });
  const size = await db.prisma.deal.count({ where: { stageId: stage.id } });
  await db.prisma.deal.createMany({
    data: Array.from({ length: 6 }, (_, i) => ({
      id: `deal-tie-${i}`,
      tenantId,
      pipelineId: stage.pipelineId,
      stageId: stage.id,
      title: 'Tie Deal',
      value: '1000.00',
      currency: 'USD',
      position: ordinalKey(size + i),
      expectedCloseDate: i < 3 ? null : new Date('2026-12-01'),
      createdAt: at,
    })),
  });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

type Connection = {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};

async function pageThrough(
  list: 'leads' | 'deals',
  orderBy: unknown,
  first: number,
  filter: Record<string, unknown> | null = null,
) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const result: { data: Record<string, Connection> | null | undefined; errors?: unknown } =
      await api.run<Record<string, Connection>>(
        `query ($orderBy: ${list === 'leads' ? 'LeadOrder' : 'DealOrder'}, $first: Int, $after: String,
            $filter: ${list === 'leads' ? 'LeadFilter' : 'DealFilter'}) {
          ${list}(orderBy: $orderBy, first: $first, after: $after, filter: $filter) {
            edges { node { id } } pageInfo { hasNextPage endCursor } totalCount } }`,
        { orderBy, first, after, filter },
      );
    expect(result.errors).toBeUndefined();
    const connection = result.data![list]!;
    ids.push(...connection.edges.map((edge) => edge.node.id));
    totals.add(connection.totalCount);
    if (!connection.pageInfo.hasNextPage) {
      // Every page reports the same total, and it is the number of rows paged through.
      expect([...totals]).toEqual([ids.length]);
      return ids;
    }
    after = connection.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

const LEAD_COLUMNS = { SCORE: 'score', CREATED_AT: '"createdAt"', STATUS: 'status', NAME: 'name' };
const DEAL_COLUMNS = {
  CREATED_AT: '"createdAt"',
  VALUE: 'value',
  EXPECTED_CLOSE_DATE: '"expectedCloseDate"',
  TITLE: 'title',
};

async function expected(
  table: 'Lead' | 'Deal',
  column: string,
  direction: 'ASC' | 'DESC',
  where = 'TRUE',
) {
  const rows = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id FROM "${table}" WHERE "tenantId" = $1 AND ${where} ORDER BY ${column} ${direction} NULLS LAST, id ASC`,
    tenantId,
  );
  return rows.map((row) => row.id);
}

describe('keyset paging matches one ORDER BY for every sort order, ties and NULLs included', () => {
  for (const [field, column] of Object.entries(LEAD_COLUMNS)) {
    for (const direction of ['ASC', 'DESC'] as const) {
      it(`leads by ${field} ${direction}`, async () => {
        const all = await expected('Lead', column, direction);
        const first = Math.max(2, Math.ceil(all.length / 8));
        expect(await pageThrough('leads', { field, direction }, first)).toEqual(all);
      });
    }
  }
  for (const [field, column] of Object.entries(DEAL_COLUMNS)) {
    for (const direction of ['ASC', 'DESC'] as const) {
      it(`deals by ${field} ${direction}`, async () => {
        const all = await expected('Deal', column, direction);
        const first = Math.max(2, Math.ceil(all.length / 8));
        expect(await pageThrough('deals', { field, direction }, first)).toEqual(all);
      });
    }
  }
  it('filtered lead pages: open statuses and a search, in every order', async () => {
    const filter = { status: ['NEW', 'WORKING', 'QUALIFIED'], search: 'a' };
    const where = `status IN ('NEW', 'WORKING', 'QUALIFIED') AND (name ILIKE '%a%' OR email ILIKE '%a%')`;
    for (const [field, column] of Object.entries(LEAD_COLUMNS)) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const all = await expected('Lead', column, direction, where);
        expect(all.length).toBeGreaterThan(4);
        expect(await pageThrough('leads', { field, direction }, 3, filter)).toEqual(all);
      }
    }
  });
  it('a search takes % and _ literally', async () => {
    const { data } = await api.run<{ leads: Connection }>(
      'query { leads(filter: { search: "%" }) { totalCount edges { node { id } } } }',
    );
    expect(data?.leads.totalCount).toBe(0);
    // Deals too, and the list of deals finds what the board's columns count (a stranger saw every
    // deal for "%" in the list and one in the columns).
    const deal = await db.prisma.deal.findFirstOrThrow({ orderBy: { id: 'asc' } });
    await db.prisma.deal.update({ where: { id: deal.id }, data: { title: 'Plan 100% done' } });
    try {
      for (const [search, titles] of [
        ['%', 1],
        ['0% d', 1],
        ['_', 0],
        ['\\', 0],
      ] as const) {
        const { data: found, errors } = await api.run<{
          deals: { totalCount: number };
          pipelines: { stages: { dealCount: number }[] }[];
        }>(
          `query ($f: DealFilter) { deals(filter: $f) { totalCount }
             pipelines { stages { dealCount(filter: $f) } } }`,
          { f: { search } },
        );
        expect(errors).toBeUndefined();
        const counted = found!.pipelines
          .flatMap((p) => p.stages)
          .reduce((n, s) => n + s.dealCount, 0);
        expect([search, found!.deals.totalCount, counted]).toEqual([search, titles, titles]);
      }
    } finally {
      await db.prisma.deal.update({ where: { id: deal.id }, data: { title: deal.title } });
    }
  });
  it('the defaults: leads by score and deals by creation, newest first', async () => {
    const leads = await expected('Lead', 'score', 'DESC');
    expect(await pageThrough('leads', null, Math.ceil(leads.length / 8))).toEqual(leads);
    const deals = await expected('Deal', '"createdAt"', 'DESC');
    expect(await pageThrough('deals', null, Math.ceil(deals.length / 8))).toEqual(deals);
  });
  it('a forged cursor is BAD_USER_INPUT, never INTERNAL', async () => {
    const forged = Buffer.from(JSON.stringify(['not a date', 'x'])).toString('base64url');
    const nullOnRequired = Buffer.from(JSON.stringify([null, 'x'])).toString('base64url');
    for (const [orderBy, after] of [
      [{ field: 'CREATED_AT', direction: 'DESC' }, forged],
      [{ field: 'VALUE', direction: 'ASC' }, forged],
      [{ field: 'TITLE', direction: 'ASC' }, nullOnRequired],
    ] as const) {
      const { errors } = await api.run(
        'query ($o: DealOrder, $a: String) { deals(orderBy: $o, first: 5, after: $a) { totalCount } }',
        { o: orderBy, a: after },
      );
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const { errors } = await api.run(
      'query ($a: String) { leads(orderBy: { field: STATUS, direction: ASC }, first: 5, after: $a) { totalCount } }',
      { a: forged },
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // An empty cursor is no cursor we handed out: refused, where it gave the first page again
    // (a client looping on it would never reach the end). Null is the first page.
    for (const list of [
      'deals(first: 5, after: $a) { totalCount }',
      'leads(first: 5, after: $a) { totalCount }',
      'myDay(first: 5, after: $a) { edges { cursor } }',
      'trash(first: 5, after: $a) { pageInfo { endCursor } }',
    ]) {
      const empty = await api.run(`query ($a: String) { ${list} }`, { a: '' });
      expect(empty.errors?.[0]).toMatchObject({
        message: 'after is not a cursor returned by this API',
        extensions: { code: 'BAD_USER_INPUT', field: 'after' },
      });
      expect((await api.run(`query ($a: String) { ${list} }`, { a: null })).errors).toBeUndefined();
    }
  });
  it('a lead filter asking for an owner and for no owner at once is refused, not half ignored', async () => {
    // A stranger's filter { ownerId, unassigned: true } listed the owner's leads: unassigned was dropped.
    const { errors } = await api.run(
      '{ leads(filter: { ownerId: "user-rep-1", unassigned: true }, first: 5) { totalCount } }',
    );
    expect(errors?.[0]).toMatchObject({
      message:
        'filter.unassigned: leads without an owner cannot be owned by filter.ownerId; give one of the two',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.unassigned' },
    });
    const alone = await api.run<{ leads: { totalCount: number } }>(
      '{ leads(filter: { unassigned: true }, first: 5) { totalCount } }',
    );
    expect(alone.errors).toBeUndefined();
    expect(alone.data!.leads.totalCount).toBe(
      await db.prisma.lead.count({ where: { tenantId, ownerId: null } }),
    );
  });
  it('a cursor is refused in another order than the one it was handed out in', async () => {
    // Found by a stranger: a cursor of leads by score sent with leads by name was read as a name,
    // and the page silently started somewhere else.
    for (const [list, type, from, to] of [
      [
        'leads',
        'LeadOrder',
        { field: 'SCORE', direction: 'DESC' },
        { field: 'NAME', direction: 'ASC' },
      ],
      [
        'leads',
        'LeadOrder',
        { field: 'SCORE', direction: 'DESC' },
        { field: 'SCORE', direction: 'ASC' },
      ],
      [
        'deals',
        'DealOrder',
        { field: 'VALUE', direction: 'ASC' },
        { field: 'TITLE', direction: 'ASC' },
      ],
      ['deals', 'DealOrder', { field: 'CREATED_AT', direction: 'DESC' }, null],
    ] as const) {
      const query = `query ($o: ${type}, $a: String) { ${list}(orderBy: $o, first: 3, after: $a) { edges { node { id } } pageInfo { endCursor } } }`;
      type Page = Record<string, { edges: unknown[]; pageInfo: { endCursor: string } }>;
      const first = await api.run<Page>(query, { o: from });
      const cursor = first.data![list]!.pageInfo.endCursor;
      const same = await api.run<Page>(query, { o: from, a: cursor });
      expect(same.errors).toBeUndefined();
      expect(same.data![list]!.edges).toHaveLength(3);
      const other = await api.run(query, { o: to, a: cursor });
      const order = (o: { field: string; direction: string } | null) =>
        o ? `${o.field} ${o.direction}` : 'CREATED_AT DESC';
      if (to === null) {
        // The default order is the order the cursor was made in: it goes on.
        expect(other.errors).toBeUndefined();
        continue;
      }
      expect(other.errors?.[0]).toMatchObject({
        message: `after is a cursor of the order ${order(from)}, not of ${order(to)}: ask for the first page in this order`,
        extensions: { code: 'BAD_USER_INPUT', field: 'after' },
      });
    }
    // A cursor from before cursors carried their order (two fields) is taken as it was.
    const legacy = Buffer.from(JSON.stringify([50, 'lead-tie-3'])).toString('base64url');
    const { errors } = await api.run(
      'query ($a: String) { leads(orderBy: { field: SCORE, direction: DESC }, first: 2, after: $a) { edges { node { id } } } }',
      { a: legacy },
    );
    expect(errors).toBeUndefined();
  });
  it('a cursor holding what the database cannot take is BAD_USER_INPUT, never INTERNAL', async () => {
    // Found by a stranger's attack: right types, values PostgreSQL refuses (a NUL, an integer out
    // of range, a year JavaScript writes as "+275760").
    const cursor = (v: unknown, id: string) =>
      Buffer.from(JSON.stringify([v, id])).toString('base64url');
    const farFuture = '+275760-09-13T00:00:00.000Z';
    const cases: [string, Record<string, unknown>][] = [
      ['leads', { o: { field: 'NAME', direction: 'ASC' }, a: cursor('\u0000', 'x') }],
      ['leads', { o: { field: 'SCORE', direction: 'DESC' }, a: cursor(50, 'a\u0000') }],
      ['leads', { o: { field: 'SCORE', direction: 'DESC' }, a: cursor(1e308, 'lead-1') }],
      ['leads', { o: { field: 'SCORE', direction: 'DESC' }, a: cursor(2 ** 31, 'lead-1') }],
      ['leads', { o: { field: 'NAME', direction: 'ASC' }, a: cursor('\ud800', 'x') }],
      ['leads', { o: { field: 'CREATED_AT', direction: 'DESC' }, a: cursor(farFuture, 'x') }],
      ['deals', { o: { field: 'TITLE', direction: 'ASC' }, a: cursor('\u0000', 'x') }],
      ['deals', { o: { field: 'VALUE', direction: 'ASC' }, a: cursor('5', 'a\u0000') }],
      ['deals', { o: { field: 'VALUE', direction: 'ASC' }, a: cursor('1e400', 'x') }],
      // A second stranger: a title that is a number, an amount finite and small but too precise.
      ['deals', { o: { field: 'TITLE', direction: 'ASC' }, a: cursor(5, 'x') }],
      ['deals', { o: { field: 'VALUE', direction: 'ASC' }, a: cursor('1e-20000', 'x') }],
      ['deals', { o: { field: 'VALUE', direction: 'DESC' }, a: cursor('0.001', 'x') }],
      ['deals', { o: { field: 'CREATED_AT', direction: 'ASC' }, a: cursor(farFuture, 'x') }],
      [
        'deals',
        {
          o: { field: 'EXPECTED_CLOSE_DATE', direction: 'ASC' },
          a: cursor('-000001-01-01T00:00:00.000Z', 'x'),
        },
      ],
    ];
    for (const [list, variables] of cases) {
      const { errors } = await api.run(
        list === 'leads'
          ? 'query ($o: LeadOrder, $a: String) { leads(orderBy: $o, first: 2, after: $a) { edges { node { id } } } }'
          : 'query ($o: DealOrder, $a: String) { deals(orderBy: $o, first: 2, after: $a) { edges { node { id } } } }',
        variables,
      );
      expect([list, variables, errors?.[0]?.extensions?.code]).toEqual([
        list,
        variables,
        'BAD_USER_INPUT',
      ]);
    }
    for (const after of [cursor(farFuture, 'x'), cursor('2026-01-01T00:00:00Z', 'Deal/a\u0000')]) {
      const myDay = await api.run(
        'query ($a: String) { myDay(after: $a) { pageInfo { hasNextPage } } }',
        { a: after },
      );
      expect(myDay.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const trash = await api.run(
        'query ($a: String) { trash(after: $a) { pageInfo { hasNextPage } } }',
        { a: after },
      );
      expect(trash.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
