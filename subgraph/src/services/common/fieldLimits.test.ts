import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { fieldLimits, fieldRanges } from '../../__generated__/fieldLimits';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 7, leads: 20, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

const codeOf = async (query: string, variables: Record<string, unknown>) =>
  (await api.run(query, variables)).errors?.[0]?.extensions?.code;

/** Every limit by the name of its field or argument, wherever it is declared. */
function limitsByName(table: Record<string, Record<string, unknown>>): Map<string, Set<string>> {
  const byName = new Map<string, Set<string>>();
  const add = (name: string, limit: unknown) =>
    byName.set(name, (byName.get(name) ?? new Set()).add(JSON.stringify(limit)));
  for (const fields of Object.values(table))
    for (const [name, entry] of Object.entries(fields)) {
      const isArguments =
        typeof entry === 'object' && entry !== null && !('min' in entry && 'max' in entry);
      if (isArguments) for (const [arg, limit] of Object.entries(entry)) add(arg, limit);
      else add(name, entry);
    }
  return byName;
}

describe("the schema's @limit directives", () => {
  it('give a field one limit in every input and argument that takes it', () => {
    for (const table of [fieldLimits, fieldRanges])
      for (const [name, limits] of limitsByName(table))
        expect([...limits], `${name} has more than one limit`).toHaveLength(1);
  });

  it('accept a stage name at the limit and refuse one character more', async () => {
    const max = fieldLimits.CreateStageInput.name;
    const create =
      'mutation ($name: String!) { createStage(input: { pipelineId: "pl-new", name: $name }) { id } }';

    expect(await codeOf(create, { name: 'S'.repeat(max) })).toBeUndefined();
    expect(await codeOf(create, { name: 'S'.repeat(max + 1) })).toBe('BAD_USER_INPUT');
  });

  it('hold a lead source to one rule whether typed or imported', async () => {
    const max = fieldLimits.CreateLeadInput.source;
    const create =
      'mutation ($source: String!) { createLead(input: { name: "Ada", source: $source }) { source } }';
    const atLimit = await api.run<{ createLead: { source: string } }>(create, {
      source: 'W'.repeat(max),
    });

    expect(atLimit.data?.createLead.source).toBe('w'.repeat(max));
    expect(await codeOf(create, { source: 'w'.repeat(max + 1) })).toBe('BAD_USER_INPUT');
    const imported = await api.run<{
      importLeadHistory: { imported: number; errors: { line: number; message: string }[] };
    }>(
      'mutation ($csv: String!) { importLeadHistory(csv: $csv) { imported errors { line message } } }',
      {
        csv: [
          'name,source,createdAt,outcome,outcomeAt',
          `Ada,${'W'.repeat(max)},2026-01-01,WON,2026-02-01`,
          `Bob,${'w'.repeat(max + 1)},2026-01-01,LOST,2026-02-01`,
          'Cy,trade show,2026-01-01,LOST,2026-02-01',
        ].join('\n'),
      },
    );
    expect(imported.data?.importLeadHistory).toEqual({
      imported: 1,
      errors: [
        { line: 3, message: `source: must be at most ${max} characters` },
        { line: 4, message: 'source: must be letters, digits or _' },
      ],
    });
  });

  it('refuse an idempotency key over its limit', async () => {
    const max = fieldLimits.CreateLeadInput.idempotencyKey;
    const create =
      'mutation ($key: String) { createLead(input: { name: "Ada", source: "web", idempotencyKey: $key }) { id } }';

    expect(await codeOf(create, { key: 'k'.repeat(max) })).toBeUndefined();
    expect(await codeOf(create, { key: 'k'.repeat(max + 1) })).toBe('BAD_USER_INPUT');
  });

  it("refuse a lost reason over markDealLost's limit", async () => {
    const created = await api.run<{ createDeal: { id: string; version: number } }>(
      'mutation { createDeal(input: { title: "Big one", value: "100", stageId: "pl-new-st-0" }) { id version } }',
    );
    const deal = created.data!.createDeal;
    const max = fieldLimits.Mutation.markDealLost.reason;

    expect(
      await codeOf(
        'mutation ($id: ID!, $v: Int!, $r: String!) { markDealLost(id: $id, expectedVersion: $v, reason: $r) { id } }',
        { id: deal.id, v: deal.version, r: 'r'.repeat(max + 1) },
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
