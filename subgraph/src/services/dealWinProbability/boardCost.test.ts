import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL, DEMO_TENANT_ID } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import type { Prisma } from '../../db/generated/client';
import { createRng } from '../../scoring/training/createRng';
import { trainModel } from '../../scoring/training/trainModel';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { dealFeatureExtractor } from './dealFeatures';
import { rescoreDeals } from './rescoreDeals';

// The board is the hot path (ADR 039): every card's win probability is read from the deal row,
// so the board costs the same statements with 2 cards a column as with 40; the model is read only
// when an explanation is asked for (ADR 044).
const board = (explained: boolean) => /* GraphQL */ `
  query ($pipelineId: ID!, $openFilter: DealFilter, $pageSize: Int!) {
    pipeline(id: $pipelineId) {
      stages {
        id
        deals(filter: $openFilter, first: $pageSize) {
          id
          position
          winProbability {
            probability
            source
            modelVersion
            ${explained ? 'explanation { baseline factors { contribution } }' : ''}
          }
        }
      }
    }
  }
`;
type Board = {
  pipeline: {
    stages: {
      deals: {
        winProbability: {
          source: string;
          modelVersion: number;
          explanation?: { baseline: number; factors: { contribution: number }[] };
        } | null;
      }[];
    }[];
  };
};

let db: TestDatabase;
let api: TestApi;
const statements: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  await seedDemo(db.prisma, { seed: 11, leads: 1000 });
  // A model on made-up rows of the deal features stands in for a trained one (too few demo deals
  // here to train on): what is measured is the reading, not the model.
  const rng = createRng(5);
  const rows = Array.from({ length: 400 }, () =>
    dealFeatureExtractor.features.map((f) =>
      f.kind === 'categorical' ? ['Qualification', 'Proposal'][Math.floor(rng() * 2)]! : rng() * 10,
    ),
  );
  const model = trainModel(
    {
      features: dealFeatureExtractor.features,
      rows,
      labels: rows.map((r) => (Number(r[2]) + rng() * 4 > 7 ? 1 : 0)),
    },
    { seed: 1, bags: 1 },
  );
  await db.prisma.dealWinModel.create({
    data: {
      tenantId: DEMO_TENANT_ID,
      version: 1,
      params: JSON.parse(JSON.stringify(model)) as Prisma.InputJsonValue,
      active: true,
    },
  });
  await rescoreDeals(db.prisma, DEMO_TENANT_ID);
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
}, 120_000);
afterAll(() => db?.drop());

async function readBoard(pageSize: number, explained = false) {
  statements.length = 0;
  const { data, errors } = await api.run<Board>(board(explained), {
    pipelineId: 'pl-new',
    openFilter: { status: 'OPEN' },
    pageSize,
  });
  expect(errors).toBeUndefined();
  return { cards: data!.pipeline.stages.flatMap((s) => s.deals), count: statements.length };
}

describe('the board and win probabilities', () => {
  it('reads every card’s stored probability in a fixed number of statements', async () => {
    const small = await readBoard(2);
    const large = await readBoard(40);
    expect(large.cards.length).toBeGreaterThan(small.cards.length * 2);
    expect(large.cards.every((c) => c.winProbability?.source === 'MODEL')).toBe(true);
    expect(large.count).toBe(small.count);
    // The probability alone is on the deal row: no model is read for it.
    expect(statements.filter((sql) => sql.includes('"DealWinModel"'))).toHaveLength(0);
    // An open column's OPEN deals are the whole column: positions come from the page, uncounted.
    expect(statements.filter((sql) => sql.includes('row_number()'))).toHaveLength(0);
    // The cards' stages are the pipeline's, read once with it (ADR 045): no read of stages by id.
    const stageReads = statements.filter((sql) => sql.startsWith('SELECT * FROM "PipelineStage"'));
    expect(stageReads).toHaveLength(1);
    expect(stageReads[0]).toContain('"pipelineId" = ANY');
  });

  it('reads the model once, whatever the number of cards, when explanations are asked for', async () => {
    const large = await readBoard(40, true);
    const modelReads = () => statements.filter((sql) => sql.includes('"DealWinModel"'));
    // The version's id, then its parameters: this process has not parsed that model yet.
    expect(modelReads()).toHaveLength(2);
    expect(modelReads().filter((sql) => sql.includes('params'))).toHaveLength(1);
    for (const { winProbability } of large.cards) {
      expect(winProbability!.explanation!.factors.length).toBeGreaterThan(0);
    }
    // A later request reads the id alone: a stored model never changes, its parse is kept (ADR 053).
    const again = await readBoard(40, true);
    expect(modelReads()).toHaveLength(1);
    expect(modelReads()[0]).not.toContain('params');
    expect(again.cards.map((c) => c.winProbability!.explanation)).toEqual(
      large.cards.map((c) => c.winProbability!.explanation),
    );
  });
});
