import {
  parse,
  type GraphQLObjectType,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { createSchema } from '../createSchema';
import { rescoreDeals } from '../services/dealWinProbability/rescoreDeals';
import { retrainDealWinModel } from '../services/dealWinProbability/retrainDealWinModel';
import { bootstrapScoring } from '../services/leadScoring/bootstrapScoring';
import { createTestApi, type TestApi } from '../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { DEAL_FIELD_COLUMNS, dealColumnsFor } from './dealColumns';

// A board's columns and a customer's deals read only the Deal columns the request's fields need
// (issue 11). Each field must answer from those columns what it answers from the whole row.
let db: TestDatabase;
const statements: string[] = [];
const apis = new Map<string, TestApi>();
let customers: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  await seedDemo(db.prisma, { seed: 3, leads: 1500 });
  await bootstrapScoring(db.prisma);
  // A deal model whatever the activation rule decides on this small seed, and the open deals
  // scored by it: a model's probability, time and explanation are among the fields compared.
  const { model } = await retrainDealWinModel(db.prisma, DEMO_PRINCIPAL.tenantId, { seed: 1 });
  await db.prisma.dealWinModel.update({ where: { id: model!.id }, data: { active: true } });
  await rescoreDeals(db.prisma, DEMO_PRINCIPAL.tenantId);
  // Customers with a won or lost deal and an open one: closedAt and lostReason have values.
  customers = (
    await db.prisma.$queryRaw<{ customerId: string }[]>`
      SELECT "customerId" FROM "Deal" WHERE "customerId" IS NOT NULL
      GROUP BY "customerId" ORDER BY count(*) DESC, "customerId" LIMIT 12`
  ).map((row) => row.customerId);
  apis.set('development', createTestApi(db.prisma, DEMO_PRINCIPAL));
  apis.set('production (graphql-jit)', createTestApi(db.prisma, DEMO_PRINCIPAL, true));
}, 120_000);
afterAll(() => db?.drop());

const selections = [
  'title',
  'value',
  'currency',
  // A customer's deals bring their stages in their own statement (as JSON, `stageFromJson`).
  'stage { id name order kind probability learnedConversionRate learnedSampleSize priorProbability effectiveProbability rottingDays handRottingDays learnedRottingDays pipeline { id } }',
  'pipeline { id }',
  'position',
  'version',
  'customer { id }',
  'lead { id score }',
  'owner { id name }',
  'expectedCloseDate',
  'stageEnteredAt',
  'daysInStage',
  'isRotting',
  'closedAt',
  'lostReason',
  'createdAt',
  'updatedAt',
  'activities(first: 3) { id }',
  'nextActivity { id }',
  'plannedActivities { id }',
  'winProbability { probability source modelVersion scoredAt basis explanation { baseline factors { feature contribution } } }',
];

type Row = Record<string, unknown> & { id: string };
const wholeRowReads = () => statements.filter((sql) => /SELECT d\.\* FROM "Deal"/.test(sql)).length;

async function boardDeals(api: TestApi, selection: string): Promise<Row[]> {
  statements.length = 0;
  const { data, errors } = await api.run<{ pipeline: { stages: { deals: Row[] }[] } }>(
    `query { pipeline(id: "pl-new") { stages { deals(first: 40) { id ${selection} } } } }`,
  );
  expect(errors).toBeUndefined();
  return data!.pipeline.stages.flatMap((stage) => stage.deals);
}

async function customerDeals(api: TestApi, selection: string): Promise<Row[]> {
  statements.length = 0;
  const { data, errors } = await api.run<{ _entities: { deals: Row[] }[] }>(
    `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { deals(first: 20) { id ${selection} } } } }`,
    { r: customers.map((id) => ({ __typename: 'Customer', id })) },
  );
  expect(errors).toBeUndefined();
  return data!._entities.flatMap((customer) => customer.deals);
}

async function sameAsWholeRow(api: TestApi, deals: Row[], selection: string) {
  const field = selection.split(/[ ({]/)[0]!;
  const valued = (deal: Row) =>
    deal[field] != null && !(Array.isArray(deal[field]) && !(deal[field] as unknown[]).length);
  // Deals whose value is there first: a comparison of nulls would prove nothing.
  const sample = [...deals.filter(valued), ...deals.filter((deal) => !valued(deal))].slice(0, 10);
  expect(deals.filter(valued).length).toBeGreaterThan(0);
  // A model's probability (its time, its explanation from the stored bins), not only stage rates.
  if (field === 'winProbability')
    expect(
      deals.filter((deal) => (deal[field] as Row | null)?.modelVersion != null).length,
    ).toBeGreaterThan(0);
  for (const deal of sample) {
    const { data, errors } = await api.run<{ deal: Row }>(
      `query ($id: ID!) { deal(id: $id) { id ${selection} } }`,
      { id: deal.id },
    );
    expect(errors).toBeUndefined();
    expect(deal).toEqual(data!.deal);
  }
}

describe.each(['development', 'production (graphql-jit)'])('deals in lists (%s)', (name) => {
  const api = () => apis.get(name)!;

  for (const [list, read] of [
    ['a column', boardDeals],
    ['a customer', customerDeals],
  ] as const)
    it.each(selections)(
      `${list} answers %s from its columns, as the whole row does`,
      async (selection) => {
        const deals = await read(api(), selection);
        expect(wholeRowReads()).toBe(0);
        await sameAsWholeRow(api(), deals, selection);
      },
    );

  it('reads a customer’s deals and their stages in one statement', async () => {
    await customerDeals(api(), 'stage { id kind } isRotting winProbability { probability }');
    expect(statements.filter((sql) => sql.includes('FROM "PipelineStage"'))).toHaveLength(1);
    expect(statements.find((sql) => sql.includes('FROM "PipelineStage"'))).toContain(
      'FROM "Deal" d',
    );
    // Asked for nothing that reads the stage, they do not read it.
    await customerDeals(api(), 'title');
    expect(statements.filter((sql) => sql.includes('PipelineStage'))).toEqual([]);
  });

  it('reads only the columns asked for, through fragments', async () => {
    statements.length = 0;
    const { errors } = await api().run(
      `query { pipeline(id: "pl-new") { stages { deals(first: 5) { ...D } } } }
       fragment D on Deal { title ... on Deal { owner { id } } }`,
    );
    expect(errors).toBeUndefined();
    const read = statements.find((sql) => sql.includes('FROM "Deal" d'))!;
    expect(read).toMatch(
      /SELECT d\."id", d\."ownerId", d\."position", d\."stageId", d\."title" FROM/,
    );
  });
});

describe('dealColumnsFor', () => {
  const infoFor = (document: string) => {
    const definitions = parse(document).definitions;
    const operation = definitions[0] as OperationDefinitionNode;
    const fragments = Object.fromEntries(
      definitions
        .slice(1)
        .map((d) => [(d as FragmentDefinitionNode).name.value, d as FragmentDefinitionNode]),
    );
    return { fieldNodes: operation.selectionSet.selections as never, fragments };
  };

  it('reads every column when a field is not in the table', () => {
    expect(dealColumnsFor(infoFor('{ deals { id somethingNew } }'), ['customerId'])).toBeNull();
    expect(dealColumnsFor(infoFor('{ deals { id title } }'), ['customerId'])).toEqual([
      'customerId',
      'id',
      'title',
    ]);
  });

  it('knows every field of Deal in the schema', () => {
    const fields = Object.keys((createSchema().getType('Deal') as GraphQLObjectType).getFields());
    expect(fields.filter((field) => !(field in DEAL_FIELD_COLUMNS))).toEqual([]);
  });
});
