import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConsistency } from './checkConsistency';
import { ask, NO_POSTGRES, startFaultStack, tenantId, type FaultStack } from './faultHarness';

const STATEMENT_TIMEOUT_MS = 4_000;
const MOVE = `mutation ($id: ID!, $stageId: ID!, $expectedVersion: Int!) {
  moveDeal(id: $id, stageId: $stageId, position: 0, expectedVersion: $expectedVersion) { id version }
}`;
let stack: FaultStack;

describe.skipIf(NO_POSTGRES)('fault: a lock held past the statement timeout', () => {
  beforeAll(async () => {
    stack = await startFaultStack({ statementTimeoutMs: STATEMENT_TIMEOUT_MS });
  }, 120_000);
  afterAll(() => stack?.close());

  it('answers a move that waits on it with a retryable code in bounded time, and the move succeeds once the lock is gone', async () => {
    const { prisma } = stack.admin;
    const pipeline = await prisma.pipeline.findFirstOrThrow({
      where: { tenantId },
      include: { stages: { where: { kind: 'OPEN' }, orderBy: { order: 'asc' } } },
    });
    const [from, to] = pipeline.stages;
    const deal = await prisma.deal.findFirstOrThrow({ where: { stageId: from!.id } });
    const [{ name }] = await prisma.$queryRaw<
      [{ name: string }]
    >`SELECT current_database() AS name`;
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    const holder = new pg.Client({ connectionString: url.toString() });
    await holder.connect();
    const timeline: Record<string, unknown> = {};
    try {
      for (const [what, lock] of [
        ['deal row', 'SELECT 1 FROM "Deal" WHERE id = $1 FOR UPDATE'],
        ['target stage row', 'SELECT 1 FROM "PipelineStage" WHERE id = $1 FOR UPDATE'],
      ] as const) {
        await holder.query('BEGIN');
        await holder.query(lock, [what === 'deal row' ? deal.id : to!.id]);
        const started = Date.now();
        const answer = await ask(stack.app.url, stack.token, MOVE, {
          id: deal.id,
          stageId: to!.id,
          expectedVersion: deal.version,
        });
        const ms = Date.now() - started;
        timeline[what] = { code: answer.code, status: answer.status, ms };
        await holder.query('ROLLBACK');
        if (answer.code === 'INTERNAL_SERVER_ERROR') console.log(stack.errorLog.join('\n'));
        expect(answer.code).toBe('SERVICE_UNAVAILABLE');
        expect(answer.status).toBe(503);
        expect(ms).toBeLessThan(STATEMENT_TIMEOUT_MS + 5_000);
        expect((await prisma.deal.findUniqueOrThrow({ where: { id: deal.id } })).version).toBe(
          deal.version,
        );
      }
      const released = Date.now();
      const retried = await ask(stack.app.url, stack.token, MOVE, {
        id: deal.id,
        stageId: to!.id,
        expectedVersion: deal.version,
      });
      timeline['retry after release'] = { code: retried.code, ms: Date.now() - released };
      expect(retried.code).toBe('OK');
    } finally {
      await holder.end();
    }
    console.log(
      `fault timeline [lock past statement timeout ${STATEMENT_TIMEOUT_MS} ms]: ${JSON.stringify(timeline)}`,
    );
    await checkConsistency(prisma);
  }, 60_000);
});
