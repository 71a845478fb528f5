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

  it('cut off from the database for longer than its tries to say so, it is marked failed once the database is back, without a restart, and the next run finishes it', async () => {
    const { prisma } = stack.db;
    const scorer = { ...(await loadActiveScorer(prisma, tenantId)), version: 'fault-outage' };
    const options = { pageSize: PAGE, scorer };
    const started = Date.now();
    const first = rescoreLeads(prisma, tenantId, {}, options);
    first.catch(() => {});
    let cutAt = 0;
    while (Date.now() - started < 30_000) {
      const run = await stack.admin.prisma.scoringRun.findFirst({
        where: { tenantId, status: 'RUNNING', kind: 'rescore' },
      });
      if (run && run.processed >= 2 * PAGE) {
        stack.proxy.cut();
        cutAt = Date.now();
        break;
      }
      await sleep(10);
    }
    expect(cutAt, 'the run ended before the database could be cut').toBeGreaterThan(0);
    await expect(first).rejects.toThrow();
    // Its three quick tries to record the failure are over (under a second): still RUNNING.
    await sleep(Math.max(0, cutAt + 3_000 - Date.now()));
    const stuck = await stack.admin.prisma.scoringRun.findFirstOrThrow({
      where: { tenantId, kind: 'rescore' },
      orderBy: { startedAt: 'desc' },
    });
    expect(stuck.status).toBe('RUNNING');
    stack.proxy.restore();
    let marked = stuck;
    const until = Date.now() + 30_000;
    while (marked.status === 'RUNNING' && Date.now() < until) {
      await sleep(200);
      marked = await stack.admin.prisma.scoringRun.findUniqueOrThrow({ where: { id: stuck.id } });
    }
    expect(marked.status).toBe('FAILED');
    expect(marked.error).toMatch(/the database could not be reached/);
    const next = await rescoreLeads(prisma, tenantId, {}, options);
    expect(next).toMatchObject({ id: stuck.id, status: 'SUCCEEDED', processed: stuck.total });
    await checkConsistency(stack.admin.prisma);
  }, 90_000);
});
