import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConsistency } from './checkConsistency';
import { killAppConnections, NO_POSTGRES, startFaultStack, type FaultStack } from './faultHarness';
import { startLoad } from './loadOfReadsAndMoves';
import { printTimeline } from './printTimeline';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let stack: FaultStack;

describe.skipIf(NO_POSTGRES)('fault: the app’s database connections killed under load', () => {
  beforeAll(async () => {
    stack = await startFaultStack();
  }, 120_000);
  afterAll(() => stack?.close());

  it('loses no acknowledged move, never answers INTERNAL, and recovers without a restart', async () => {
    const load = await startLoad(stack.admin.prisma, stack.app.url, stack.token);
    await sleep(2_000);
    const faultStart = Date.now() - load.t0;
    let killed = 0;
    for (let round = 0; round < 5; round++) {
      killed += await killAppConnections(stack);
      await sleep(500);
    }
    const faultEnd = Date.now() - load.t0;
    await sleep(3_000);
    const report = await load.stop();
    console.log(`connection kills: ${killed} backends terminated in 5 rounds`);
    expect(killed).toBeGreaterThan(0);
    const timeline = printTimeline(
      'connection kills',
      report.events,
      [
        { label: 'before', from: 0, to: faultStart },
        { label: 'kills', from: faultStart, to: faultEnd },
        { label: 'after', from: faultEnd, to: Infinity },
      ],
      faultEnd,
    );
    if (report.events.some((e) => e.code === 'INTERNAL_SERVER_ERROR'))
      console.log(stack.errorLog.join('\n'));
    for (const phase of timeline.phases)
      expect(phase.codes).not.toHaveProperty('INTERNAL_SERVER_ERROR');
    expect(timeline.recoveredAfterMs).not.toBeNull();
    expect(timeline.phases[2]!.codes.OK).toBeGreaterThan(0);
    await checkConsistency(stack.admin.prisma, report);
  }, 60_000);
});
