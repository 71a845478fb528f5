import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { bootstrapScoring, resumeInterruptedRuns } from './bootstrapScoring';
import { OPEN_LEAD_STATUSES } from '../leads/openLeadStatuses';
import { rescorePage, startRescoreRun } from './rescoreLeads';

const NOW = new Date('2026-11-01T00:00:00Z');
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 21, leads: 1000, now: NOW });
});
afterAll(() => db?.drop());

describe('bootstrapScoring', () => {
  it('picks a model on first start and scores every open lead; a second start does nothing', async () => {
    const summary = await bootstrapScoring(db.prisma, { now: NOW });
    const open = await db.prisma.lead.count({ where: { status: { in: OPEN_LEAD_STATUSES } } });
    expect(summary).toEqual([
      {
        tenantId: DEMO_TENANT_ID,
        modelVersion: expect.any(Number),
        kind: expect.stringMatching(/PRIOR|LEARNED/),
        reason: expect.any(String),
        scored: open,
      },
    ]);
    console.log('bootstrap:', summary[0]);
    expect(await bootstrapScoring(db.prisma, { now: NOW })).toEqual([]);
  });

  it('resumes interrupted all-leads runs and fails interrupted id runs', async () => {
    const all = await startRescoreRun(db.prisma, DEMO_TENANT_ID);
    await rescorePage(db.prisma, all.id, {}, { now: NOW, pageSize: 10 });
    const some = await startRescoreRun(db.prisma, DEMO_TENANT_ID, { ids: ['x'] });
    expect(await resumeInterruptedRuns(db.prisma)).toBe(2);
    expect(await db.prisma.scoringRun.findUniqueOrThrow({ where: { id: all.id } })).toMatchObject({
      status: 'SUCCEEDED',
      processed: all.total,
    });
    expect(await db.prisma.scoringRun.findUniqueOrThrow({ where: { id: some.id } })).toMatchObject({
      status: 'FAILED',
      error: 'interrupted by a restart',
    });
  });
});
