import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_LIMITS } from '../services/common/jsonBounds';
import { createTestApi, type TestApi } from '../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { databaseFingerprint } from './databaseFingerprint';
import { MAX_VARIABLE_DEPTH } from './variableDepth';
import { seedTwoTenants, TENANT_A, type TenantIds } from './twoTenants';

let db: TestDatabase;
let api: TestApi;
let a: TenantIds;

beforeAll(async () => {
  db = await createTestDatabase();
  api = createTestApi(db.prisma, TENANT_A, true);
  ({ a } = await seedTwoTenants(db.prisma, api));
});
afterAll(() => db?.drop());

/** The first error's code and message, after checking the call wrote nothing. */
async function refusal(query: string, variables: Record<string, unknown> = {}) {
  const before = await databaseFingerprint(db.prisma);
  const { errors } = await api.run(query, variables);
  expect(await databaseFingerprint(db.prisma)).toEqual(before);
  return { code: errors?.[0]?.extensions?.code, message: errors?.[0]?.message ?? '' };
}

const CREATE_LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }`;
const lead = (fields: Record<string, unknown>) => ({
  input: { name: 'Ada', source: 'web', ...fields },
});

describe('text that cannot be stored is refused in every argument (issue 10, item 5)', () => {
  it.each([
    ['a NUL in a name', CREATE_LEAD, lead({ name: 'Ad\u0000a' }), 'name'],
    ['a lone surrogate in a name', CREATE_LEAD, lead({ company: 'Acme \ud800' }), 'company'],
    [
      'a NUL in an id',
      'mutation { updateLead(id: "lead\\u0000", input: { name: "x" }) { id } }',
      {},
      'id',
    ],
    [
      'a lone low surrogate in a list of ids',
      'mutation ($ids: [ID!]!) { assignLeads(ids: $ids) { id } }',
      { ids: ['\udc00'] },
      'ids.0',
    ],
    [
      'a NUL in a filter',
      '{ deals(filter: { search: "a\\u0000" }) { totalCount } }',
      {},
      'filter.search',
    ],
  ])('%s → BAD_USER_INPUT naming the field', async (_what, query, variables, field) => {
    const { code, message } = await refusal(query, variables);
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toBe(`${field}: must not contain NUL characters or unpaired UTF-16 surrogates`);
  });

  it('a NUL or a lone surrogate inside a CSV row is refused for the whole import', async () => {
    const csv = 'name,source,createdAt,outcome,outcomeAt\nAd\u0000a,web,2026-01-01,WON,2026-02-01';
    const { code } = await refusal(
      'mutation ($csv: String!) { importLeadHistory(csv: $csv) { imported } }',
      { csv },
    );
    expect(code).toBe('BAD_USER_INPUT');
  });
});

describe('JSON metadata is bounded in size, depth and keys', () => {
  const nested = (levels: number) => {
    let value: unknown = 1;
    for (let i = 0; i < levels; i++) value = { a: value };
    return value;
  };
  it.each([
    ['20 levels deep', nested(20), `nested at most ${JSON_LIMITS.depth} levels deep`],
    [
      '20,000 keys',
      Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])),
      `at most ${JSON_LIMITS.keys} keys`,
    ],
    ['900 kB', { note: 'x'.repeat(900_000) }, `at most 16,384 bytes`],
    ['a lone surrogate', { note: 'x\ud800' }, 'unpaired UTF-16 surrogates'],
    ['a NUL in a key', { 'a\u0000': 1 }, 'keys must not contain NUL'],
    ['900 kB of text', 'x'.repeat(900_000), 'at most 16,384 bytes'],
  ])('%s → BAD_USER_INPUT naming the limit', async (_what, metadata, limit) => {
    const { code, message } = await refusal(CREATE_LEAD, lead({ metadata }));
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toMatch(/^metadata: JSON /);
    expect(message).toContain(limit);
    expect(message.length).toBeLessThan(200);
  });

  it('10,000 levels deep → BAD_USER_INPUT before anything recursive reads the variable', async () => {
    const { code, message } = await refusal(CREATE_LEAD, lead({ metadata: nested(10_000) }));
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toBe(
      `Variable "$input" is nested more than ${MAX_VARIABLE_DEPTH} levels deep.`,
    );
  });

  it('metadata within the bounds is stored', async () => {
    const metadata = {
      industry: 'Software',
      tags: ['a', 'b'],
      deep: nested(JSON_LIMITS.depth - 1),
    };
    const { data, errors } = await api.run<{ createLead: { id: string } }>(
      CREATE_LEAD,
      lead({ metadata }),
    );
    expect(errors).toBeUndefined();
    const row = await db.prisma.lead.findUniqueOrThrow({ where: { id: data!.createLead.id } });
    expect(row.metadata).toMatchObject(metadata);
  });
});

describe('ids, counts and dates', () => {
  it.each([
    ['updateLead', 'mutation { updateLead(id: "", input: { name: "x" }) { id } }'],
    ['deleteDeal', 'mutation { deleteDeal(id: "", expectedVersion: 1) }'],
    [
      'assignLead to an empty owner',
      () => `mutation { assignLead(id: "${a.lead[0]}", ownerId: "") { id } }`,
    ],
    [
      'createLead with an empty owner',
      'mutation { createLead(input: { name: "x", source: "web", ownerId: "" }) { id } }',
    ],
    ['scoringRun', '{ scoringRun(id: "") { id } }'],
  ])('an empty id in %s → BAD_USER_INPUT, nothing written', async (_what, query) => {
    const { code, message } = await refusal(typeof query === 'function' ? query() : query);
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toMatch(/Id: must not be empty|^id: must not be empty/);
  });

  it('an amount of more than 12 digits before the point is refused naming that limit', async () => {
    for (const value of ['999999999999999999', '9999999999999.99']) {
      const { code, message } = await refusal(
        'mutation ($i: CreateDealInput!) { createDeal(input: $i) { id } }',
        { i: { title: 'Big', value, stageId: a.stage[0] } },
      );
      expect(code).toBe('BAD_USER_INPUT');
      expect(message).toMatch(/at most 12 digits before the point and 2 after/);
    }
  });

  it('an unknown lead in updateLead is NOT_FOUND (it was a non-null field returning undefined)', async () => {
    const { code } = await refusal(
      'mutation { updateLead(id: "lead-nobody", input: { name: "x" }) { id } }',
    );
    expect(code).toBe('NOT_FOUND');
  });

  it('a 900 kB email and a 300-character id are refused', async () => {
    expect((await refusal(CREATE_LEAD, lead({ email: `${'a'.repeat(900_000)}@x.com` }))).code).toBe(
      'BAD_USER_INPUT',
    );
    const { code, message } = await refusal('query ($id: ID!) { deal(id: $id) { id } }', {
      id: 'd'.repeat(300),
    });
    expect([code, message]).toEqual(['BAD_USER_INPUT', 'id: must be at most 200 characters']);
  });

  it.each([
    ['dealActivities', () => `{ dealActivities(dealId: "${a.deal[0]}", first: -1) { id } }`],
    ['a deal’s activities', () => `{ deal(id: "${a.deal[0]}") { activities(first: 0) { id } } }`],
    [
      'a lead’s score history',
      () => `{ lead(id: "${a.lead[0]}") { scoreHistory(first: 501) { id } } }`,
    ],
    ['a stage’s deals', () => `{ pipelines { stages { deals(first: -5) { id } } } }`],
  ])('a count out of its @limit range in %s → BAD_USER_INPUT', async (_what, query) => {
    const { code, message } = await refusal(query());
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toMatch(/first: must be from 1 to 500/);
  });

  it('counts over 2^31 in the history CSV are reported by line, not INTERNAL', async () => {
    const csv =
      'name,source,createdAt,outcome,outcomeAt,emailsCount\nAda,web,2026-01-01,WON,2026-02-01,99999999999';
    const { data, errors } = await api.run<{
      importLeadHistory: { imported: number; errors: unknown[] };
    }>(
      'mutation ($csv: String!) { importLeadHistory(csv: $csv) { imported errors { line message } } }',
      { csv },
    );
    expect(errors).toBeUndefined();
    expect(data?.importLeadHistory).toEqual({
      imported: 0,
      errors: [{ line: 2, message: 'emailsCount: must be at most 2,147,483,647' }],
    });
  });

  it.each(['0000-01-01', '-271821-04-20', '2024-02-30', '2026-02-31'])(
    'the date %s is refused by the API and by the CSV import',
    async (date) => {
      const api1 = await refusal(
        `mutation ($d: Date) { createDeal(input: { title: "x", value: "1", stageId: "${a.stage[0]}", expectedCloseDate: $d }) { id } }`,
        { d: date },
      );
      expect(api1.code).toBe('BAD_USER_INPUT');
      const { data } = await api.run<{
        importLeadHistory: { imported: number; errors: { message: string }[] };
      }>(
        'mutation ($csv: String!) { importLeadHistory(csv: $csv) { imported errors { message } } }',
        { csv: `name,source,createdAt,outcome,outcomeAt\nAda,web,${date},WON,2026-02-01` },
      );
      expect(data?.importLeadHistory.imported).toBe(0);
      expect(data?.importLeadHistory.errors[0]?.message).toMatch(/^createdAt: must be a real date/);
    },
  );
});

describe('forged _entities and replayed idempotency keys', () => {
  it('a representation of an unknown type, or without an id, is BAD_USER_INPUT, not INTERNAL', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Deal { id } } }';
    for (const r of [
      [{ __typename: 'Nope', id: 'x' }],
      [{ __typename: 'Lead' }],
      [{ __typename: 'Deal', id: '' }],
    ]) {
      const { code } = await refusal(query, { r });
      expect(code).toBe('BAD_USER_INPUT');
    }
  });

  it("a list item's arguments are checked on every request, not only the first one that passed", async () => {
    // guardArguments checks a field's arguments once per request for all the items of a list
    // (they are the same): the next request with other variables is checked again.
    const query = `query ($r: [_Any!]!, $first: Int) {
      _entities(representations: $r) { ... on Customer { deals(first: $first) { id } } } }`;
    const r = [
      { __typename: 'Customer', id: 'cus-a' },
      { __typename: 'Customer', id: 'cus-b' },
    ];
    for (let round = 0; round < 3; round++) {
      const passing = await api.run(query, { r, first: 5 });
      expect(passing.errors).toBeUndefined();
      const { code, message } = await refusal(query, { r, first: 0 });
      expect(code).toBe('BAD_USER_INPUT');
      expect(message).toMatch(/first: must be from 1 to 500/);
      const again = await api.run(query, { r, first: 501 });
      expect(again.errors?.map((error) => error.extensions?.code)).toEqual([
        'BAD_USER_INPUT',
        'BAD_USER_INPUT',
      ]);
    }
  });

  it('replaying a createDeal key after its deal was deleted is NOT_FOUND naming the deal, and creates nothing', async () => {
    const create = `mutation { createDeal(input: { title: "Once", value: "5.00", stageId: "${a.stage[0]}", idempotencyKey: "once-1" }) { id version } }`;
    const first = await api.run<{ createDeal: { id: string; version: number } }>(create);
    const { id, version } = first.data!.createDeal;
    await api.run(`mutation { deleteDeal(id: "${id}", expectedVersion: ${version}) }`);

    const before = await databaseFingerprint(db.prisma);
    const replay = await api.run(create);
    expect(await databaseFingerprint(db.prisma)).toEqual(before);
    expect(replay.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'idempotencyKey',
      resultId: id,
    });
    expect(replay.errors?.[0]?.message).toContain(
      `Deal ${id}, created by this idempotencyKey, has since been deleted`,
    );
  });
});
