import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { bootstrapScoring } from '../services/leadScoring/bootstrapScoring';
import { createTestApi, type TestApi } from '../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { selectedFields } from './selectedFields';

// A board's cards read their lead's card columns only (issue 11); any other field of the lead
// reads the whole row. Each field a card answers must give what the whole row gives.
let db: TestDatabase;
const statements: string[] = [];
const apis = new Map<string, TestApi>();

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  await seedDemo(db.prisma, { seed: 5, leads: 400 });
  // The demo's converted leads carry no score: give the board's leads one, so that the fields
  // compared below have values to get wrong.
  await db.prisma.$executeRaw`UPDATE "Lead" SET score = 10 + abs(hashtext(id)) % 80,
    probability = (10 + abs(hashtext(id)) % 80) / 100.0
    WHERE id IN (SELECT "leadId" FROM "Deal" WHERE "leadId" IS NOT NULL)`;
  // And every open lead a score by a model that exists, so each customer has a best lead to show.
  await bootstrapScoring(db.prisma);
  apis.set('development', createTestApi(db.prisma, DEMO_PRINCIPAL));
  apis.set('production (graphql-jit)', createTestApi(db.prisma, DEMO_PRINCIPAL, true));
}, 120_000);
afterAll(() => db?.drop());

const cardSelections = [
  'id',
  'name',
  'status',
  'score',
  'probability',
  'scoreBand',
  'customer { id }',
  'owner { id name }',
  'deal { id }',
  'scoreHistory(first: 3) { score }',
  'activities(first: 3) { id }',
  'nextActivity { id }',
  'plannedActivities { id }',
];

type Card = { id: string; lead: Record<string, unknown> | null };

async function cardsOfBoard(api: TestApi, leadSelection: string, fragments = '') {
  statements.length = 0;
  const { data, errors } = await api.run<{
    pipeline: { stages: { deals: Card[] }[] };
  }>(
    `query { pipeline(id: "pl-new") { stages { deals(first: 40) { id lead { ${leadSelection} } } } } } ${fragments}`,
  );
  expect(errors).toBeUndefined();
  const cards = data!.pipeline.stages.flatMap((s) => s.deals).filter((c) => c.lead);
  expect(cards.length).toBeGreaterThan(5);
  return cards;
}

const wholeRowReads = () => statements.filter((sql) => /SELECT \* FROM "Lead"/.test(sql)).length;

async function sameAsWholeRow(api: TestApi, cards: Card[], selection: string) {
  const field = selection.split(/[ ({]/)[0]!;
  const valued = (card: Card) => {
    const value = card.lead![field];
    return value != null && !(Array.isArray(value) && value.length === 0);
  };
  // Cards whose value is there first: a comparison of nulls would prove nothing.
  const sample = [...cards.filter(valued), ...cards.filter((c) => !valued(c))].slice(0, 8);
  // These three read by the lead's id alone, and the board's leads have none.
  if (!['nextActivity', 'scoreHistory', 'plannedActivities'].includes(field))
    expect(sample.filter(valued).length).toBeGreaterThan(0);
  for (const card of sample) {
    const { data, errors } = await api.run<{ lead: Record<string, unknown> }>(
      `query ($id: ID!) { lead(id: $id) { ${selection} } }`,
      { id: card.lead!.id as string },
    );
    expect(errors).toBeUndefined();
    expect(card.lead).toEqual({ id: card.lead!.id, ...data!.lead });
  }
}

describe.each(['development', 'production (graphql-jit)'])('a card’s lead (%s)', (name) => {
  const api = () => apis.get(name)!;

  it.each(cardSelections)(
    'answers %s from the card’s columns, as the whole row does',
    async (selection) => {
      const cards = await cardsOfBoard(api(), `id ${selection}`);
      expect(wholeRowReads()).toBe(0);
      expect(statements.filter((sql) => sql.includes('FROM "Lead"'))).toHaveLength(1);
      await sameAsWholeRow(api(), cards, `${selection}`);
    },
  );

  it.each(['email', 'company', 'metadata', 'scoreExplanation { baseline }', 'createdAt'])(
    'reads the whole row when %s is asked for',
    async (selection) => {
      const cards = await cardsOfBoard(api(), `id score ${selection}`);
      expect(wholeRowReads()).toBe(1);
      await sameAsWholeRow(api(), cards, `score ${selection}`);
    },
  );

  it('looks into fragments and inline fragments', async () => {
    await cardsOfBoard(api(), 'id ...L', 'fragment L on Lead { score ... on Lead { email } }');
    expect(wholeRowReads()).toBe(1);
    await cardsOfBoard(api(), 'id ...L', 'fragment L on Lead { score ... on Lead { scoreBand } }');
    expect(wholeRowReads()).toBe(0);
  });
});

describe.each(['development', 'production (graphql-jit)'])(
  'a customer’s lead score (%s)',
  (name) => {
    const api = () => apis.get(name)!;
    const figures = ['score', 'probability', 'band', 'modelVersion', 'scoredAt'];
    const customersWithScores = async () =>
      (
        await db.prisma.lead.findMany({
          where: { status: { in: ['NEW', 'WORKING', 'QUALIFIED'] }, customerId: { not: null } },
          select: { customerId: true },
          distinct: ['customerId'],
          take: 12,
        })
      ).map((l) => l.customerId!);
    const scoresOf = async (customers: string[], selection: string) => {
      statements.length = 0;
      const { data, errors } = await api().run<{
        _entities: { id: string; leadScore: Record<string, unknown> | null }[];
      }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id leadScore { ${selection} } } } }`,
        { r: customers.map((id) => ({ __typename: 'Customer', id })) },
      );
      expect(errors).toBeUndefined();
      return data!._entities;
    };
    const wholeRows = () => statements.filter((sql) => sql.includes('SELECT l.*')).length;

    it('answers its figures from a few columns, as the whole row does', async () => {
      const customers = await customersWithScores();
      const narrow = await scoresOf(customers, figures.join(' '));
      expect(wholeRows()).toBe(0);
      expect(statements.filter((sql) => sql.includes('FROM "Lead" l'))).toHaveLength(1);
      const whole = await scoresOf(customers, `${figures.join(' ')} lead { id }`);
      expect(wholeRows()).toBe(1);
      expect(narrow.filter((c) => c.leadScore).length).toBeGreaterThan(3);
      expect(narrow).toEqual(
        whole.map((c) => ({
          ...c,
          leadScore: c.leadScore && Object.fromEntries(figures.map((f) => [f, c.leadScore![f]])),
        })),
      );
    });

    it('reads the whole row for the explanation or the lead', async () => {
      const customers = await customersWithScores();
      await scoresOf(customers, 'score explanation { baseline }');
      expect(wholeRows()).toBe(1);
      await scoresOf(customers, 'score lead { email }');
      expect(wholeRows()).toBe(1);
    });
  },
);

describe('selectedFields', () => {
  it('collects one level down through spreads and inline fragments, once per fragment', () => {
    const document = parse(`
      query { deal(id: "d") { lead { id ...A ... on Lead { name owner { email } } } } }
      fragment A on Lead { score ...B }
      fragment B on Lead { status ...A }
    `);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const fragments = Object.fromEntries(
      document.definitions.slice(1).map((d) => [(d as FragmentDefinitionNode).name.value, d]),
    ) as Record<string, FragmentDefinitionNode>;
    const deal = operation.selectionSet.selections[0]!;
    const lead = deal.kind === Kind.FIELD ? deal.selectionSet!.selections[0]! : null;
    if (lead?.kind !== Kind.FIELD) throw new Error('no lead field');
    expect([...selectedFields({ fieldNodes: [lead], fragments })].sort()).toEqual([
      'id',
      'name',
      'owner',
      'score',
      'status',
    ]);
  });
});
