import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConsistency } from './checkConsistency';
import { NO_POSTGRES, startFaultStack, type FaultStack } from './faultHarness';
import { startLoad } from './loadOfReadsAndMoves';
import { printTimeline } from './printTimeline';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const OUTAGE_MS = 10_000;
let stack: FaultStack;

describe.skipIf(NO_POSTGRES)('fault: a 10-second database outage under load', () => {
  beforeAll(async () => {
    stack = await startFaultStack();
  }, 120_000);
  afterAll(() => stack?.close());

  it('answers SERVICE_UNAVAILABLE (503) during the outage, then recovers by itself with nothing lost', async () => {
    const load = await startLoad(stack.admin.prisma, stack.app.url, stack.token);
    await sleep(2_000);
    const faultStart = Date.now() - load.t0;
    stack.proxy.cut();
    await sleep(OUTAGE_MS);
    stack.proxy.restore();
    const faultEnd = Date.now() - load.t0;
    await sleep(4_000);
    const report = await load.stop();
    const timeline = printTimeline(
      'database outage 10 s',
      report.events,
      [
        { label: 'before', from: 0, to: faultStart },
        { label: 'outage', from: faultStart, to: faultEnd },
        { label: 'after', from: faultEnd, to: Infinity },
      ],
      faultEnd,
    );
    const [before, outage, after] = timeline.phases;
    expect(Object.keys(before!.codes)).toEqual(['OK']);
    // During the outage: only answers from before it began, and the retryable code.
    expect(outage!.codes.SERVICE_UNAVAILABLE).toBeGreaterThan(0);
    expect(
      Object.keys(outage!.codes).filter((c) => c !== 'OK' && c !== 'SERVICE_UNAVAILABLE'),
    ).toEqual([]);
    expect(after!.codes.OK).toBeGreaterThan(0);
    expect(timeline.recoveredAfterMs).not.toBeNull();
    const unavailable = report.events.filter((e) => e.code === 'SERVICE_UNAVAILABLE');
    console.log(
      `outage: slowest SERVICE_UNAVAILABLE answer ${Math.max(...unavailable.map((e) => e.ms))} ms`,
    );
    await checkConsistency(stack.admin.prisma, report);
  }, 60_000);
});
