import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';

let db: TestDatabase;
let api: TestApi;
const TENANT = DEMO_PRINCIPAL.tenantId;
const OTHER_TENANT = { tenantId: 'tenant-other', userId: 'intruder', role: 'ADMIN' as const };
const statements: { sql: string; params: string }[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql, params) => statements.push({ sql, params }) });
  await seedDemo(db.prisma, { seed: 9, leads: 300, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

type Result = {
  kind: 'DEAL' | 'LEAD' | 'CUSTOMER';
  id: string;
  title: string;
  subtitle: string | null;
  rank: number;
};
const SEARCH = `query ($q: String!, $first: Int) { search(query: $q, first: $first) {
  kind id title subtitle rank deal { id title } lead { id name } customer { id } } }`;

async function search(q: string, first?: number, principal = DEMO_PRINCIPAL) {
  const { data, errors } = await api.run<{ search: Result[] }>(SEARCH, { q, first }, principal);
  expect(errors).toBeUndefined();
  return data!.search;
}

describe('search', () => {
  it('finds leads by company, any case, best first, with the lead itself', async () => {
    const lead = await db.prisma.lead.findFirstOrThrow({
      where: { tenantId: TENANT, metadata: { path: ['company'], not: 'null' } },
      orderBy: { id: 'asc' },
    });
    const company = (lead.metadata as { company: string }).company;
    const expected = await db.prisma.lead.count({
      where: { tenantId: TENANT, metadata: { path: ['company'], equals: company } },
    });
    const results = await search(company.toUpperCase(), 50);
    const leads = results.filter((r) => r.kind === 'LEAD');
    expect(leads.length).toBeGreaterThanOrEqual(Math.min(expected, 50));
    expect(leads.map((r) => r.id)).toContain(lead.id);
    const found = results.find((r) => r.id === lead.id) as Result & { lead: { id: string } };
    expect(found.subtitle).toContain(company);
    expect(found.lead.id).toBe(lead.id);
    const ranks = results.map((r) => r.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('finds a deal by part of its title and a customer by name, and ranks the exact match first', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({ where: { tenantId: TENANT } });
    const part = deal.title.slice(0, Math.min(deal.title.length, 12));
    expect((await search(part, 50)).map((r) => r.id)).toContain(deal.id);
    const customer = await db.prisma.customer.findFirstOrThrow({
      where: { tenantId: TENANT, name: { not: null } },
      orderBy: { id: 'asc' },
    });
    const results = await search(customer.name!, 50);
    const hit = results.find((r) => r.kind === 'CUSTOMER' && r.id === customer.id);
    expect(hit).toMatchObject({ title: customer.name, customer: { id: customer.id } });
    expect(hit!.rank).toBeGreaterThanOrEqual(4 - 1e-6);
  });

  it('ignores accents as it ignores case, in search, the lead table, the deal list and the board', async () => {
    const stage = await db.prisma.pipelineStage.findFirstOrThrow({
      where: { tenantId: TENANT, kind: 'OPEN' },
      orderBy: [{ pipelineId: 'asc' }, { order: 'asc' }],
    });
    const created = await api.run<{ createLead: { id: string }; createDeal: { id: string } }>(
      `mutation ($stageId: ID!) {
        createLead(input: { name: "José Müller", company: "Bäckerei Straße", source: "Web" }) { id }
        createDeal(input: { title: "Ångström Café — Pilot", value: "1200", stageId: $stageId }) { id }
      }`,
      { stageId: stage.id },
    );
    expect(created.errors).toBeUndefined();
    const { createLead: lead, createDeal: deal } = created.data!;
    const ids = async (q: string) => (await search(q, 50)).map((r) => r.id);
    // Without accents, with other accents, in capitals: the same rows.
    for (const q of ['jose muller', 'JOSÉ MÜLLER', 'josé', 'strasse', 'backerei']) {
      expect(await ids(q), q).toContain(lead.id);
    }
    for (const q of ['angstrom cafe', 'ÅNGSTRÖM', 'cafè'])
      expect(await ids(q), q).toContain(deal.id);
    // Found as the name itself (rank 3 + similarity 1), not only as a near miss.
    const exact = (await search('jose muller', 50)).find((r) => r.id === lead.id);
    expect(exact!.rank).toBeGreaterThanOrEqual(4 - 1e-6);

    const lists = await api.run<{
      leads: { edges: { node: { id: string } }[] };
      byCompany: { edges: { node: { id: string } }[] };
      deals: { edges: { node: { id: string } }[]; totalCount: number };
      pipeline: { stages: { id: string; dealCount: number }[] };
    }>(
      `query ($pipelineId: ID!) {
        leads(filter: { search: "muller" }, first: 50) { edges { node { id } } }
        byCompany: leads(filter: { search: "backerei strasse" }, first: 50) { edges { node { id } } }
        deals(filter: { search: "angstrom" }, first: 50) { edges { node { id } } totalCount }
        pipeline(id: $pipelineId) { stages { id dealCount(filter: { search: "ANGSTROM CAFE" }) } }
      }`,
      { pipelineId: stage.pipelineId },
    );
    expect(lists.errors).toBeUndefined();
    expect(lists.data!.leads.edges.map((e) => e.node.id)).toContain(lead.id);
    // The lead table finds a lead by its company too, as the search box does (ADR 078).
    expect(lists.data!.byCompany.edges.map((e) => e.node.id)).toEqual([lead.id]);
    expect(lists.data!.deals.edges.map((e) => e.node.id)).toEqual([deal.id]);
    expect(lists.data!.deals.totalCount).toBe(1);
    expect(lists.data!.pipeline.stages.find((s) => s.id === stage.id)?.dealCount).toBe(1);
  });

  it('tolerates a typo', async () => {
    const customer = await db.prisma.customer.findFirstOrThrow({
      where: { tenantId: TENANT, name: { not: null } },
      orderBy: { id: 'desc' },
    });
    const name = customer.name!;
    // One letter dropped from the middle of the longest word.
    const word = name.split(' ').sort((a, b) => b.length - a.length)[0]!;
    const typo = name.replace(word, word.slice(0, 2) + word.slice(3));
    expect((await search(typo, 50)).map((r) => r.id)).toContain(customer.id);
  });

  it('does not find a deleted deal or lead, and finds them again once restored', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { tenantId: TENANT },
      orderBy: { id: 'desc' },
    });
    await api.run('mutation ($id: ID!, $v: Int!) { deleteDeal(id: $id, expectedVersion: $v) }', {
      id: deal.id,
      v: deal.version,
    });
    expect((await search(deal.title, 50)).map((r) => r.id)).not.toContain(deal.id);
    await api.run('mutation ($id: ID!) { restoreDeal(id: $id) { id } }', { id: deal.id });
    expect((await search(deal.title, 50)).map((r) => r.id)).toContain(deal.id);
  });

  it('takes LIKE wildcards literally and finds nothing of another tenant', async () => {
    expect(await search('%%%')).toEqual([]);
    expect(await search('___')).toEqual([]);
    const lead = await db.prisma.lead.findFirstOrThrow({ where: { tenantId: TENANT } });
    expect(await search(lead.name, 50, OTHER_TENANT)).toEqual([]);
  });

  it.each([['ab'], ['  a  '], ['x'.repeat(101)], ['a\u0000b']])(
    'refuses %j with BAD_USER_INPUT',
    async (q) => {
      const { errors } = await api.run(SEARCH, { q });
      expect(errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    },
  );

  it('serves each kind’s predicate from its trigram index (the plan)', async () => {
    statements.length = 0;
    // Nothing contains it: both passes run (contains, then similar), three kinds each.
    expect(await search('qqzz motors')).toEqual([]);
    const reads = statements.filter(({ sql }) => sql.includes('word_similarity'));
    expect(reads).toHaveLength(6);
    const perStatement: number[] = [];
    const indexes: string[] = [];
    // A few hundred rows fit in a page or two, where a btree on tenantId is as cheap as anything:
    // with the other indexes dropped (in a transaction rolled back) the plan shows that each
    // query's predicate is the one its trigram index serves. The bench shows the planner's own
    // choice at 100,000 leads (ADR 030).
    const rollback = new Error('rollback');
    await db.prisma
      .$transaction(async (tx) => {
        const others = await tx.$queryRaw<{ name: string }[]>`
          SELECT indexname AS name FROM pg_indexes
          WHERE tablename IN ('Deal', 'Lead', 'Customer') AND schemaname = current_schema()
            AND indexname NOT LIKE '%search_idx' AND indexname NOT LIKE '%pkey'
            AND indexname NOT LIKE '%key'`;
        for (const { name } of others) await tx.$executeRawUnsafe(`DROP INDEX "${name}"`);
        await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
        for (const { sql, params } of reads) {
          const rows = await tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
            `EXPLAIN ${sql}`,
            ...(JSON.parse(params) as unknown[]),
          );
          const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
          perStatement.push((plan.match(/_search_idx/g) ?? []).length);
          indexes.push(
            ...(plan.match(/"?\w+_search_idx"?/g) ?? []).map((i) => i.replace(/"/g, '')),
          );
        }
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
    expect(
      perStatement.every((n) => n > 0),
      String(perStatement),
    ).toBe(true);
    expect([...new Set(indexes)].sort()).toEqual([
      'Customer_name_search_idx',
      'Deal_title_search_idx',
      'Lead_search_idx',
    ]);
  });
});
