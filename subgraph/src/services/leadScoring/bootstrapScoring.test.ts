import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import type { Prisma } from '../../db/generated/client';
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

  it('bootstraps again a tenant whose first start stopped after storing the prior, before scoring', async () => {
    // What a start cut by a statement timeout left (an attacker's report): the prior stored by the
    // retrain, no run, no score; later starts skipped the tenant because it had a model.
    const tenantId = 'cut-short';
    await db.prisma.tenant.create({ data: { id: tenantId, name: 'Cut short' } });
    await db.prisma.lead.createMany({
      data: Array.from({ length: 5 }, (_, i) => ({
        id: `cut-short-lead-${i}`,
        tenantId,
        name: `Lead ${i}`,
        metadata: { company: `Company ${i}` },
        source: 'WEBSITE',
      })),
    });
    const prior = await db.prisma.scoringModel.findFirstOrThrow({
      where: { tenantId: DEMO_TENANT_ID, kind: 'PRIOR' },
      orderBy: { version: 'asc' },
    });
    await db.prisma.scoringModel.create({
      data: {
        tenantId,
        version: 1,
        kind: 'PRIOR',
        params: prior.params as Prisma.InputJsonValue,
        active: true,
      },
    });
    const summary = await bootstrapScoring(db.prisma, { now: NOW });
    expect(summary).toEqual([expect.objectContaining({ tenantId, scored: 5 })]);
    expect(await db.prisma.lead.count({ where: { tenantId, score: null } })).toBe(0);
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
