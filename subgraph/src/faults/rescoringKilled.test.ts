import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActiveScorer, rescoreLeads } from '../services/leadScoring/rescoreLeads';
import { checkConsistency } from './checkConsistency';
import {
  killAppConnections,
  NO_POSTGRES,
  startFaultStack,
  tenantId,
  type FaultStack,
} from './faultHarness';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const PAGE = 10;
let stack: FaultStack;

describe.skipIf(NO_POSTGRES)('fault: a rescoring run killed half-way', () => {
  beforeAll(async () => {
    stack = await startFaultStack({ leads: 1000 });
  }, 120_000);
  afterAll(() => stack?.close());

  it('is recorded as failed in plain words, and the next run finishes it from its cursor, scoring no lead twice in it', async () => {
    const { prisma } = stack.db;
    // Another model version: every open lead gets a snapshot in this run.
    const scorer = { ...(await loadActiveScorer(prisma, tenantId)), version: 'fault-suite' };
    const options = { pageSize: PAGE, scorer };
    const started = Date.now();
    const first = rescoreLeads(prisma, tenantId, {}, options);
    first.catch(() => {});
    let killedAt: { processed: number; total: number } | undefined;
    let killed = 0;
    while (Date.now() - started < 30_000) {
      const run = await stack.admin.prisma.scoringRun.findFirst({
        where: { tenantId, status: 'RUNNING', kind: 'rescore' },
      });
      if (run && run.processed >= 2 * PAGE) {
        killedAt = { processed: run.processed, total: run.total };
        killed = await killAppConnections(stack);
        break;
      }
      await sleep(10);
    }
    expect(killedAt, 'the run ended before it could be killed').toBeDefined();
    await expect(first).rejects.toThrow();
    const failed = await stack.admin.prisma.scoringRun.findFirstOrThrow({
      where: { tenantId, kind: 'rescore' },
      orderBy: { startedAt: 'desc' },
    });
    expect(failed.status).toBe('FAILED');
    expect(failed.processed).toBeLessThan(failed.total);
    expect(failed.error).toMatch(
      /^Stopped after \d+ of \d+ leads \(the database could not be reached\); the next run continues from there$/,
    );

    const resumedAt = Date.now();
    const next = await rescoreLeads(prisma, tenantId, {}, options);
    expect(next).toMatchObject({ id: failed.id, status: 'SUCCEEDED', processed: failed.total });
    const perLead = await stack.admin.prisma.leadScoreSnapshot.groupBy({
      by: ['leadId'],
      where: { runId: failed.id },
      _count: { _all: true },
    });
    expect(perLead).toHaveLength(failed.total);
    expect(perLead.every((g) => g._count._all === 1)).toBe(true);
    console.log(
      `fault timeline [rescoring killed half-way]: ${JSON.stringify({
        killedAt,
        backendsTerminated: killed,
        failedWith: failed.error,
        resumedRun: next.id === failed.id,
        finishedInMs: Date.now() - resumedAt,
        snapshotsInRun: perLead.length,
        total: failed.total,
      })}`,
    );
    await checkConsistency(stack.admin.prisma);
  }, 90_000);
});
