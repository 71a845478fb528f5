import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SILENCE_GRACE_MS } from '../db/database';
import { checkConsistency } from './checkConsistency';
import { ask, NO_POSTGRES, startFaultStack, type FaultStack } from './faultHarness';
import { startLoad } from './loadOfReadsAndMoves';
import { printTimeline } from './printTimeline';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const STATEMENT_TIMEOUT_MS = 2_000;
const FROZEN_MS = 15_000;
let stack: FaultStack;

// A database that stops answering without closing its connections (a frozen server, a network
// path that drops packets): no error ever arrives, so only the app can decide it has waited long
// enough (ADR 088).
describe.skipIf(NO_POSTGRES)('fault: a database frozen for 15 seconds under load', () => {
  beforeAll(async () => {
    stack = await startFaultStack({ statementTimeoutMs: STATEMENT_TIMEOUT_MS });
  }, 120_000);
  afterAll(() => stack?.close());

  it('answers SERVICE_UNAVAILABLE within the statement timeout and its grace, then recovers with nothing lost', async () => {
    const load = await startLoad(stack.admin.prisma, stack.app.url, stack.token);
    await sleep(2_000);
    const frozenAt = Date.now() - load.t0;
    stack.proxy.freeze();
    // One request of its own, sent while the database is frozen.
    const started = Date.now();
    const alone = await ask(stack.app.url, stack.token, '{ pipelines { id stages { id } } }');
    const aloneMs = Date.now() - started;
    await sleep(Math.max(0, FROZEN_MS - (Date.now() - load.t0 - frozenAt)));
    stack.proxy.thaw();
    const thawedAt = Date.now() - load.t0;
    await sleep(4_000);
    const report = await load.stop();
    const timeline = printTimeline(
      'database frozen 15 s',
      report.events,
      [
        { label: 'before', from: 0, to: frozenAt },
        { label: 'frozen', from: frozenAt, to: thawedAt },
        { label: 'after', from: thawedAt, to: Infinity },
      ],
      thawedAt,
    );
    const [before, frozen, after] = timeline.phases;
    expect(Object.keys(before!.codes)).toEqual(['OK']);
    expect(alone.code).toBe('SERVICE_UNAVAILABLE');
    expect(alone.status).toBe(503);
    // The statement's silence is given up after the timeout and its grace; the rest of the wait is
    // for a pooled connection (at most 5 s for a new one) and the request's own statements.
    expect(aloneMs).toBeLessThan(STATEMENT_TIMEOUT_MS + SILENCE_GRACE_MS + 5_000);
    // Every request in flight when the freeze began or begun in its first seconds was answered
    // before it ended: none waited for the database to come back (before ADR 088 none was).
    const early = report.events.filter((e) => e.at < frozenAt + 2_000 && e.at + e.ms >= frozenAt);
    expect(early.length).toBeGreaterThan(0);
    for (const event of early) expect(event.at + event.ms).toBeLessThan(thawedAt);
    expect(frozen!.codes.SERVICE_UNAVAILABLE).toBeGreaterThan(0);
    expect(
      Object.keys(frozen!.codes).filter((c) => c !== 'OK' && c !== 'SERVICE_UNAVAILABLE'),
    ).toEqual([]);
    expect(after!.codes.OK).toBeGreaterThan(0);
    expect(timeline.recoveredAfterMs).not.toBeNull();
    await checkConsistency(stack.admin.prisma, report);
  }, 90_000);
});
