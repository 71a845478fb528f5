import { performance } from 'node:perf_hooks';
import { DEMO_PRINCIPAL } from '../prisma/seed/demoTenant';
import { seedDemo } from '../prisma/seed/seedDemo';
import { createSchema } from '../subgraph/src/createSchema';
import { ordinalKey } from '../subgraph/src/services/deals/positionKey';
import { createTestApi } from '../subgraph/src/testing/createTestApi';
import { createTestDatabase } from '../subgraph/src/testing/createTestDatabase';
import { spaDocument } from './support/spaDocuments';

// The SPA's own board document (open deals, 40 per column), as `npm run bench -- reads` sends it
// over HTTP; this bench is the quick in-process check (PGlite or DATABASE_URL, no HTTP, one
// client). Load and concurrency: `npm run bench -- load`.
const BOARD = spaDocument('DealBoard', createSchema());
const BOARD_VARIABLES = { openFilter: { status: 'OPEN' }, pageSize: 40 };
const MOVE = /* GraphQL */ `
  mutation ($id: ID!, $stageId: ID!, $position: Int!, $v: Int!) {
    moveDeal(id: $id, stageId: $stageId, position: $position, expectedVersion: $v) {
      id
      version
      position
    }
  }
`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * p50/p99 of moveDeal and of the board query for a pipeline with 2,000 deals, through the
 * subgraph's executor (no HTTP), on DATABASE_URL's server (a fresh database) or PGlite.
 */
export async function runPipelineBench(deals = 2000, iterations = 200) {
  const db = await createTestDatabase();
  try {
    await seedDemo(db.prisma, { seed: 1, leads: 1000 });
    const stages = await db.prisma.pipelineStage.findMany({
      where: { pipelineId: 'pl-new', kind: 'OPEN' },
      orderBy: { order: 'asc' },
    });
    const existing = await db.prisma.deal.count({ where: { pipelineId: 'pl-new' } });
    const extra = Math.max(0, deals - existing);
    const positions = new Map<string, number>();
    for (const s of stages)
      positions.set(s.id, await db.prisma.deal.count({ where: { stageId: s.id } }));
    await db.prisma.deal.createMany({
      data: Array.from({ length: extra }, (_, i) => {
        const stage = stages[i % stages.length]!;
        const position = positions.get(stage.id)!;
        positions.set(stage.id, position + 1);
        return {
          tenantId: DEMO_PRINCIPAL.tenantId,
          pipelineId: 'pl-new',
          stageId: stage.id,
          title: `Bench deal ${i}`,
          value: String(1000 + (i % 50) * 100),
          currency: 'USD',
          position: ordinalKey(position),
          customerId: `cus-${String((i % 300) + 1).padStart(4, '0')}`,
          ownerId: 'user-rep-1',
        };
      }),
    });
    const total = await db.prisma.deal.count({ where: { pipelineId: 'pl-new' } });
    const api = createTestApi(db.prisma, DEMO_PRINCIPAL);
    const board: number[] = [];
    for (let i = 0; i < Math.max(20, iterations / 10); i++) {
      const start = performance.now();
      const { errors } = await api.run(BOARD, { ...BOARD_VARIABLES, pipelineId: 'pl-new' });
      board.push(performance.now() - start);
      if (errors) throw new Error(JSON.stringify(errors));
    }
    const moves: number[] = [];
    const open = await db.prisma.deal.findMany({
      where: { pipelineId: 'pl-new', stage: { kind: 'OPEN' } },
      take: iterations,
      orderBy: { id: 'asc' },
    });
    for (const [i, deal] of open.entries()) {
      const target = stages[(i + 1) % stages.length]!;
      const start = performance.now();
      const { errors } = await api.run(MOVE, {
        id: deal.id,
        stageId: target.id,
        position: i % 7,
        v: deal.version,
      });
      moves.push(performance.now() - start);
      if (errors) throw new Error(JSON.stringify(errors));
    }
    const round = (v: number) => Math.round(v * 10) / 10;
    return {
      database: db.kind,
      dealsInPipeline: total,
      boardQueryMs: {
        p50: round(percentile(board, 50)),
        p99: round(percentile(board, 99)),
        runs: board.length,
      },
      moveDealMs: {
        p50: round(percentile(moves, 50)),
        p99: round(percentile(moves, 99)),
        runs: moves.length,
      },
    };
  } finally {
    await db.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runPipelineBench();
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `pipeline (${result.database}, ${result.dealsInPipeline} deals): board p50 ${result.boardQueryMs.p50} ms p99 ${result.boardQueryMs.p99} ms; moveDeal p50 ${result.moveDealMs.p50} ms p99 ${result.moveDealMs.p99} ms`,
  );
}
