import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';

// The board's next steps (ADR 036): a board as the SPA's DealBoard reads it, every card with its
// nextActivity, reads planned activities in one statement for the whole board.
const BOARD = /* GraphQL */ `
  query ($pipelineId: ID!, $openFilter: DealFilter, $pageSize: Int!) {
    pipeline(id: $pipelineId) {
      stages {
        id
        deals(filter: $openFilter, first: $pageSize) {
          id
          title
          nextActivity {
            subject
            type
          }
        }
      }
    }
  }
`;
const VARIABLES = { pipelineId: 'pl-new', openFilter: { status: 'OPEN' }, pageSize: 40 };

type Board = {
  pipeline: {
    stages: {
      id: string;
      deals: { id: string; nextActivity: { subject: string; type: string } | null }[];
    }[];
  };
};

let db: TestDatabase;
let api: TestApi;
const statements: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  await seedDemo(db.prisma, { seed: 11, leads: 200, nextSteps: false });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

async function plan(dealId: string, subject: string, dueAt: Date, type = 'CALL') {
  const { data, errors } = await api.run<{ planActivity: { id: string } }>(
    `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id } }`,
    { input: { dealId, type, subject, dueAt: dueAt.toISOString() } },
  );
  expect(errors).toBeUndefined();
  return data!.planActivity.id;
}

describe('the board document and next steps', () => {
  it('reads every card’s next step in one statement, the earliest open one of each deal', async () => {
    const before = await api.run<Board>(BOARD, VARIABLES);
    expect(before.errors).toBeUndefined();
    const columns = before.data!.pipeline.stages.filter((s) => s.deals.length >= 2);
    expect(columns.length).toBeGreaterThanOrEqual(2);
    const [first, second] = columns as [
      Board['pipeline']['stages'][0],
      Board['pipeline']['stages'][0],
    ];
    const day = 86_400_000;
    const now = Date.now();
    // Deal A: a later call and an earlier meeting; deal B: one done, one open; deal C: one cancelled.
    const a = first.deals[0]!.id;
    await plan(a, 'Later call', new Date(now + 3 * day));
    await plan(a, 'Earlier meeting', new Date(now + day), 'MEETING');
    const b = second.deals[0]!.id;
    const done = await plan(b, 'Done call', new Date(now - day));
    await api.run('mutation ($id: ID!) { completeActivity(id: $id) { id } }', { id: done });
    await plan(b, 'Open task', new Date(now + 2 * day), 'TASK');
    const c = second.deals[1]!.id;
    const cancelled = await plan(c, 'Called off', new Date(now + day));
    await api.run('mutation ($id: ID!) { cancelActivity(id: $id) { id } }', { id: cancelled });

    statements.length = 0;
    const { data, errors } = await api.run<Board>(BOARD, VARIABLES);
    expect(errors).toBeUndefined();
    const reads = statements.filter((sql) => sql.includes('"PlannedActivity"'));
    expect(reads).toHaveLength(1);
    const next = new Map(
      data!.pipeline.stages.flatMap((s) => s.deals.map((d) => [d.id, d.nextActivity] as const)),
    );
    expect(next.size).toBeGreaterThanOrEqual(5);
    expect(next.get(a)).toEqual({ subject: 'Earlier meeting', type: 'MEETING' });
    expect(next.get(b)).toEqual({ subject: 'Open task', type: 'TASK' });
    expect(next.get(c)).toBeNull();
    expect([...next.values()].filter(Boolean)).toHaveLength(2);
  });
});
