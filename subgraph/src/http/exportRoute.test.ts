import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { startStack } from '../../../supergraph/startStack';
import type { Principal } from '../auth/principal';
import { signToken } from '../auth/signToken';
import { loadConfig } from '../config';
import { EXPORT_PAGE_SIZE } from '../services/export/leadCsv';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { parseCsv } from '../testing/parseCsv';

const SECRET = 'test-secret-for-hs256-signing-0123456789';
const TENANT = DEMO_PRINCIPAL.tenantId;
const REP: Principal = { tenantId: TENANT, userId: 'user-rep-1', role: 'REP' };
const OTHER_TENANT: Principal = { tenantId: 'tenant-other', userId: 'intruder', role: 'ADMIN' };

let db: TestDatabase;
let stack: Awaited<ReturnType<typeof startStack>>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 7, leads: 1200, now: new Date('2026-11-01T00:00:00Z') });
  stack = await startStack({
    config: {
      ...loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, ROUTER_SECRET: 'router-pass' }),
      port: 0,
    },
    gatewayPort: 0,
    crmPort: 0,
    seedIfEmpty: false,
    db,
  });
}, 300_000);
afterAll(async () => {
  await stack?.stop();
  await db?.drop();
});

async function exported(path: string, principal: Principal | null = DEMO_PRINCIPAL) {
  const headers: Record<string, string> = {};
  if (principal) headers.authorization = `Bearer ${await signToken(principal, SECRET)}`;
  const response = await fetch(`${stack.gateway.origin}${path}`, { headers });
  // Kept as sent: response.text() would drop the byte order mark.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { response, text };
}

async function csv(path: string, principal: Principal = DEMO_PRINCIPAL) {
  const { response, text } = await exported(path, principal);
  expect(response.status, text.slice(0, 300)).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
  expect(response.headers.get('content-disposition')).toMatch(
    /^attachment; filename="\w+-\d{4}-\d\d-\d\d\.csv"$/,
  );
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(text);
  return { header: header!, rows };
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await signToken(DEMO_PRINCIPAL, SECRET)}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Every id of `leads(filter, orderBy)`, page after page, as the lead table would show them. */
async function leadIds(filter: Record<string, unknown>, orderBy: Record<string, unknown>) {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const data: {
      leads: {
        edges: { node: { id: string } }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    } = await graphql(
      `
        query ($f: LeadFilter, $o: LeadOrder, $a: String) {
          leads(filter: $f, orderBy: $o, first: 500, after: $a) {
            edges {
              node {
                id
              }
            }
            pageInfo {
              endCursor
              hasNextPage
            }
          }
        }
      `,
      { f: filter, o: orderBy, a: after },
    );
    ids.push(...data.leads.edges.map((edge) => edge.node.id));
    after = data.leads.pageInfo.hasNextPage ? data.leads.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

describe('GET /export/leads.csv through the gateway', () => {
  it('streams more than two pages in the lead table order, every lead once', async () => {
    const { header, rows } = await csv('/export/leads.csv');
    expect(header).toEqual([
      'id',
      'name',
      'email',
      'company',
      'status',
      'score',
      'source',
      'owner',
      'customer',
      'created_at',
      'last_engaged_at',
    ]);
    const ids = rows.map((row) => row[0]);
    expect(ids.length).toBeGreaterThan(2 * EXPORT_PAGE_SIZE);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(await db.prisma.lead.count({ where: { tenantId: TENANT } }));
    expect(ids).toEqual(await leadIds({}, { field: 'SCORE', direction: 'DESC' }));
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('applies the table filter and sort, with ISO dates and owner names', async () => {
    const { rows } = await csv(
      '/export/leads.csv?status=NEW&status=WORKING&minScore=10&sort=NAME&dir=ASC&search=a',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row[0])).toEqual(
      await leadIds(
        { status: ['NEW', 'WORKING'], minScore: 10, search: 'a' },
        { field: 'NAME', direction: 'ASC' },
      ),
    );
    for (const row of rows) {
      expect(['NEW', 'WORKING']).toContain(row[4]);
      expect(Number(row[5])).toBeGreaterThanOrEqual(10);
      expect(row[9]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
    const owned = await db.prisma.lead.findFirstOrThrow({
      where: { id: { in: rows.map((row) => row[0]!) }, ownerId: 'user-rep-1' },
    });
    expect(rows.find((row) => row[0] === owned.id)![7]).toBe('Riley Chen');
  });

  it('quotes commas, quotes and line breaks, and defuses formulas in what users typed', async () => {
    const lead = await db.prisma.lead.create({
      data: {
        tenantId: TENANT,
        name: '=HYPERLINK("http://evil.example","click"), now',
        email: '+1@evil.example',
        source: '@import',
        metadata: { company: 'Line one\r\nline "two"' },
        score: 100,
      },
    });
    const { rows } = await csv('/export/leads.csv?minScore=100&search=HYPERLINK');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 4)).toEqual([
      lead.id,
      `'=HYPERLINK("http://evil.example","click"), now`,
      "'+1@evil.example",
      'Line one\r\nline "two"',
    ]);
    expect(rows[0]![6]).toBe("'@import");
    await db.prisma.lead.delete({ where: { id: lead.id } });
  });

  it('shows a rep what a rep can read: the same rows as for an admin', async () => {
    const admin = await csv('/export/leads.csv?status=QUALIFIED');
    const rep = await csv('/export/leads.csv?status=QUALIFIED', REP);
    expect(rep.rows.length).toBeGreaterThan(0);
    expect(rep.rows).toEqual(admin.rows);
  });

  it("never shows another tenant's leads or deals", async () => {
    const leads = await csv('/export/leads.csv', OTHER_TENANT);
    expect(leads.rows).toEqual([]);
    const { response, text } = await exported('/export/deals.csv?pipelineId=pl-new', OTHER_TENANT);
    expect(response.status).toBe(404);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a request without a token, or one that bypasses the router, with 401', async () => {
    expect((await exported('/export/leads.csv', null)).response.status).toBe(401);
    const direct = await fetch(`${new URL(stack.sales.url).origin}/export/leads.csv`, {
      headers: { authorization: `Bearer ${await signToken(DEMO_PRINCIPAL, SECRET)}` },
    });
    expect(direct.status).toBe(401);
  });

  it.each([
    ['an unknown parameter', '/export/leads.csv?drop=table', /Unknown parameter "drop"/],
    [
      'a parameter named __proto__',
      '/export/leads.csv?__proto__=x',
      /Unknown parameter "__proto__"/,
    ],
    ['a score that is not a number', '/export/leads.csv?minScore=abc', /^minScore: /],
    ['a score above 100', '/export/leads.csv?maxScore=101', /^maxScore: /],
    ['an unknown status', '/export/leads.csv?status=BOGUS', /^status: /],
    ['an unknown sort', '/export/leads.csv?sort=password', /^sort: /],
    ['a direction that is not ASC or DESC', '/export/leads.csv?dir=sideways', /^dir: /],
    ['a NUL in the search', '/export/leads.csv?search=a%00b', /^search: must not contain NUL/],
    ['a search of 5000 characters', `/export/leads.csv?search=${'x'.repeat(5000)}`, /^search: /],
    [
      'an owner given twice',
      '/export/leads.csv?ownerId=a&ownerId=b',
      /ownerId is given more than once/,
    ],
    [
      'an unassigned flag that is not true or false',
      '/export/leads.csv?unassigned=yes',
      /^unassigned: /,
    ],
    ['deals without a pipeline', '/export/deals.csv', /^pipelineId: is required$/],
    ['a negative amount', '/export/deals.csv?pipelineId=pl-new&minValue=-5', /^minValue: /],
    [
      'an amount in exponent form',
      '/export/deals.csv?pipelineId=pl-new&maxValue=1e9',
      /^maxValue: /,
    ],
    [
      'a closing window of no days',
      '/export/deals.csv?pipelineId=pl-new&closedWithinDays=0',
      /^closedWithinDays: must be a whole number of days from 1 to 3660$/,
    ],
    [
      'a closing window that is not a number of days',
      '/export/deals.csv?pipelineId=pl-new&closedWithinDays=90.5',
      /^closedWithinDays: must be a whole number of days from 1 to 3660$/,
    ],
  ])('answers %s with 400 and a message, never 500', async (_name, path, message) => {
    const { response, text } = await exported(path);
    expect(response.status).toBe(400);
    const error = JSON.parse(text).errors[0];
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
  });

  it('answers an unknown export or pipeline with 404 and a POST with 405', async () => {
    expect((await exported('/export/passwords.csv')).response.status).toBe(404);
    expect((await exported('/export/deals.csv?pipelineId=nope')).response.status).toBe(404);
    const post = await fetch(`${stack.gateway.origin}/export/leads.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await signToken(DEMO_PRINCIPAL, SECRET)}` },
    });
    expect(post.status).toBe(405);
  });
});

describe('GET /export/deals.csv through the gateway', () => {
  type Board = {
    pipeline: {
      stages: { name: string; deals: { id: string; value: string; currency: string }[] }[];
    };
  };
  const BOARD = `query ($f: DealFilter) { pipeline(id: "pl-new") {
    stages { name deals(first: 500, filter: $f) { id value currency } } } }`;

  it("lists the pipeline's deals stage by stage in board order, money with its currency", async () => {
    const { header, rows } = await csv('/export/deals.csv?pipelineId=pl-new');
    expect(header).toEqual([
      'id',
      'title',
      'pipeline',
      'stage',
      'stage_kind',
      'value',
      'currency',
      'owner',
      'customer',
      'expected_close_date',
      'created_at',
      'closed_at',
      'lost_reason',
    ]);
    const board = await graphql<Board>(BOARD);
    const expected = board.pipeline.stages.flatMap((stage) =>
      stage.deals.map((deal) => [deal.id, stage.name, deal.value, deal.currency]),
    );
    expect(rows.map((row) => [row[0], row[3], row[5], row[6]])).toEqual(expected);
    expect(rows.length).toBe(
      await db.prisma.deal.count({ where: { tenantId: TENANT, pipelineId: 'pl-new' } }),
    );
    for (const row of rows) {
      expect(row[5]).toMatch(/^\d+\.\d{2}$/);
      expect(row[6]).toMatch(/^[A-Z]{3}$/);
      if (row[9]) expect(row[9]).toMatch(/^\d{4}-\d\d-\d\d$/);
    }
  });

  it('applies the board filters', async () => {
    const { rows } = await csv(
      '/export/deals.csv?pipelineId=pl-new&minValue=20000&ownerId=user-rep-1',
    );
    const board = await graphql<Board>(BOARD, { f: { minValue: '20000', ownerId: 'user-rep-1' } });
    const expected = board.pipeline.stages.flatMap((stage) => stage.deals.map((deal) => deal.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((row) => row[0])).toEqual(expected);
    for (const row of rows) {
      expect(Number(row[5])).toBeGreaterThanOrEqual(20000);
      expect(row[7]).toBe('Riley Chen');
    }
  });

  it('exports what the board shows: open deals and those closed within closedWithinDays', async () => {
    const { rows } = await csv('/export/deals.csv?pipelineId=pl-new&closedWithinDays=90');
    const board = await graphql<Board>(BOARD, { f: { closedWithinDays: 90 } });
    const expected = board.pipeline.stages.flatMap((stage) => stage.deals.map((deal) => deal.id));
    expect(rows.map((row) => row[0])).toEqual(expected);
    // The seed has deals closed before the window, which the unbounded export lists.
    const all = await csv('/export/deals.csv?pipelineId=pl-new');
    const older = all.rows.filter(
      (row) => row[11] && Date.parse(row[11]) < Date.now() - 90 * 86_400_000,
    );
    expect(older.length).toBeGreaterThan(0);
    expect(rows.length).toBe(all.rows.length - older.length);
  });

  it('reads a column longer than one page in order, every deal once', async () => {
    const stage = await db.prisma.pipelineStage.findFirstOrThrow({
      where: { pipelineId: 'pl-new', kind: 'OPEN' },
      orderBy: { order: 'asc' },
    });
    const existing = await db.prisma.deal.count({ where: { stageId: stage.id } });
    await db.prisma.deal.createMany({
      data: Array.from({ length: EXPORT_PAGE_SIZE + 7 - existing }, (_, i) => ({
        tenantId: TENANT,
        pipelineId: 'pl-new',
        stageId: stage.id,
        title: `Bulk ${i}`,
        value: '10.50',
        currency: 'EUR',
        // Positions that tie (same key) fall back to the id, as on the board.
        position: `a${String(i % 300).padStart(4, '0')}`,
      })),
    });
    const { rows } = await csv('/export/deals.csv?pipelineId=pl-new');
    const column = rows.filter((row) => row[3] === stage.name).map((row) => row[0]);
    const board = await db.prisma.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Deal" WHERE "stageId" = ${stage.id} ORDER BY position, id`;
    expect(column).toHaveLength(EXPORT_PAGE_SIZE + 7);
    expect(column).toEqual(board.map((deal) => deal.id));
    expect(rows.find((row) => row[1] === 'Bulk 0')!.slice(5, 7)).toEqual(['10.50', 'EUR']);
  });
});
