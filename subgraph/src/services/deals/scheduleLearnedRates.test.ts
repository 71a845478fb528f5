import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import {
  learnedRatesSettled,
  recomputeLearnedRates,
  scheduleLearnedRates,
} from './recomputeLearnedRates';

// Scheduled runs (after closes) relearn the rotting thresholds at most once a minute per pipeline
// and process, the rates on every run; a direct run relearns both (ADR 056).
let db: TestDatabase;
const tenantId = DEMO_PRINCIPAL.tenantId;
let pipelineId: string;
let stageId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 5, leads: 50, now: new Date() });
  const stage = await db.prisma.pipelineStage.findFirstOrThrow({
    where: { tenantId, kind: 'OPEN', handRottingDays: null, pipeline: { deals: { some: {} } } },
    orderBy: { id: 'asc' },
  });
  stageId = stage.id;
  pipelineId = stage.pipelineId;
});
afterAll(() => db?.drop());

/** Marks the stage's learned figures with values no run computes, to see which a run rewrites. */
const mark = () =>
  db.prisma.pipelineStage.update({
    where: { id: stageId },
    data: { learnedRottingDays: 999, rottingDays: 999, learnedConversionRate: 0.123456 },
  });
const stage = () => db.prisma.pipelineStage.findUniqueOrThrow({ where: { id: stageId } });
/** The run rewrote the rate and the rotting thresholds the mark put there. */
const expectAllRelearned = async () => {
  const after = await stage();
  expect(after.learnedRottingDays).not.toBe(999);
  expect(after.rottingDays).not.toBe(999);
  expect(after.learnedConversionRate).not.toBe(0.123456);
};

describe('scheduleLearnedRates', () => {
  it('relearns the rates on every run, the rotting thresholds on the first and then not within a minute', async () => {
    await mark();
    await scheduleLearnedRates(db.prisma, tenantId, pipelineId);
    await expectAllRelearned();

    await mark();
    void scheduleLearnedRates(db.prisma, tenantId, pipelineId);
    await learnedRatesSettled(db.prisma); // the run waiting for its interval starts now
    const second = await stage();
    expect(second.learnedConversionRate).not.toBe(0.123456);
    expect(second.learnedRottingDays).toBe(999);
    expect(second.rottingDays).toBe(999);
  });

  it('a direct run relearns the rotting thresholds too', async () => {
    await mark();
    await recomputeLearnedRates(db.prisma, tenantId, pipelineId);
    await expectAllRelearned();
  });
});
