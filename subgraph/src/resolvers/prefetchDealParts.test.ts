import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';

// A board's cards read their owner, lead and next step ahead of the cards, one batch each for the
// whole board (ADR 077); each card then answers from what was read.
const BOARD = /* GraphQL */ `
  query ($pipelineId: ID!, $pageSize: Int!) {
    pipeline(id: $pipelineId) {
      stages {
        id
        deals(filter: { status: OPEN }, first: $pageSize) {
          id
          owner {
            id
            name
          }
          lead {
            id
            score
            scoreBand
          }
          nextActivity {
            id
            subject
          }
        }
      }
    }
  }
`;
type Card = {
  id: string;
  owner: { id: string; name: string } | null;
  lead: { id: string; score: number | null; scoreBand: string | null } | null;
  nextActivity: { id: string; subject: string } | null;
};
type Board = { pipeline: { stages: { id: string; deals: Card[] }[] } };

let db: TestDatabase;
let api: TestApi;
const statements: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  await seedDemo(db.prisma, { seed: 5, leads: 400 });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

async function board(pageSize: number) {
  statements.length = 0;
  const { data, errors } = await api.run<Board>(BOARD, { pipelineId: 'pl-new', pageSize });
  expect(errors).toBeUndefined();
  return { cards: data!.pipeline.stages.flatMap((s) => s.deals), statements: [...statements] };
}

describe("a board's cards read their owner, lead and next step ahead (ADR 077)", () => {
  it('answers each card with its own owner, lead and earliest open step', async () => {
    const { cards } = await board(40);
    expect(cards.length).toBeGreaterThan(10);
    const ids = cards.map((c) => c.id);
    const deals = await db.prisma.deal.findMany({
      where: { id: { in: ids } },
      include: { lead: true },
    });
    const users = new Map((await db.prisma.user.findMany()).map((u) => [u.id, u]));
    const steps = await db.prisma.plannedActivity.findMany({
      where: { dealId: { in: ids }, status: 'OPEN' },
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    });
    const byId = new Map(deals.map((d) => [d.id, d]));
    let withAll = 0;
    for (const card of cards) {
      const deal = byId.get(card.id)!;
      const owner = deal.ownerId ? users.get(deal.ownerId) : undefined;
      expect(card.owner).toEqual(owner ? { id: owner.id, name: owner.name } : null);
      expect(card.lead?.id ?? null).toBe(deal.lead?.id ?? null);
      expect(card.lead?.score ?? null).toBe(deal.lead?.score ?? null);
      const next = steps.find((step) => step.dealId === deal.id);
      expect(card.nextActivity).toEqual(next ? { id: next.id, subject: next.subject } : null);
      if (card.owner && card.lead && card.nextActivity) withAll++;
    }
    // The seed gives cards of each kind: the check above is not of empty fields only.
    expect(withAll).toBeGreaterThan(0);
  });

  it('reads them in one statement each for every column, whatever the page size', async () => {
    const small = await board(1);
    const large = await board(40);
    expect(large.cards.length).toBeGreaterThan(small.cards.length * 2);
    expect(large.statements).toHaveLength(small.statements.length);
    const reading = (table: string) =>
      large.statements.filter((sql) => new RegExp(`FROM "${table}"`).test(sql)).length;
    expect(reading('User')).toBe(1);
    expect(reading('Lead')).toBe(1);
    expect(reading('PlannedActivity')).toBe(1);
  });
});
