import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { OPEN_LEAD_STATUSES } from '../services/leads/openLeadStatuses';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { createEmbeddedScheduler } from './createEmbeddedScheduler';
import { createScoringJobs } from './createScoringJobs';

const NOW = new Date('2026-11-01T00:00:00Z');
const tenantId = DEMO_TENANT_ID;
const config = { rescoreCron: '0 */6 * * *', retrainCron: '0 3 * * 1' };
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 9, leads: 400, now: NOW });
});
afterAll(() => db?.drop());

describe('embedded scheduler', () => {
  it('runs the rescoring cron body when the cron is due, once per minute', async () => {
    const lines: string[] = [];
    const scheduler = createEmbeddedScheduler({
      deps: { prisma: db.prisma, now: () => NOW },
      config,
      timer: false,
      log: (l) => lines.push(l),
    });
    await scheduler.tick(new Date('2026-11-01T05:00:00Z'));
    expect(await db.prisma.scoringRun.count()).toBe(0);
    await scheduler.tick(new Date('2026-11-01T06:00:05Z'));
    await scheduler.tick(new Date('2026-11-01T06:00:40Z'));
    await scheduler.idle();
    expect(
      await db.prisma.scoringRun.count({ where: { kind: 'rescore', status: 'SUCCEEDED' } }),
    ).toBe(1);
    expect(
      await db.prisma.lead.count({
        where: { tenantId, status: { in: OPEN_LEAD_STATUSES }, score: null },
      }),
    ).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^rescore-leads-cron finished in \d+ ms$/)]);
    await scheduler.stop();
  });

  it('runs a cron slot once when several processes share the database', async () => {
    const lines: string[] = [];
    const replicas = [1, 2, 3].map((n) =>
      createEmbeddedScheduler({
        deps: { prisma: db.prisma, now: () => NOW },
        config,
        timer: false,
        log: (l) => lines.push(`${n}: ${l}`),
      }),
    );
    const before = await db.prisma.scoringRun.count({ where: { kind: 'rescore' } });
    // The replicas' timers tick at different seconds of the same minute.
    await Promise.all([
      replicas[0]!.tick(new Date('2026-11-01T12:00:01Z')),
      replicas[1]!.tick(new Date('2026-11-01T12:00:02Z')),
    ]);
    await Promise.all(replicas.slice(0, 2).map((r) => r.idle()));
    await replicas[2]!.tick(new Date('2026-11-01T12:00:50Z'));
    await replicas[2]!.idle();
    expect(await db.prisma.scoringRun.count({ where: { kind: 'rescore' } })).toBe(before + 1);
    expect(lines.filter((l) => l.includes('skipped: another process claimed'))).toHaveLength(2);
    await Promise.all(replicas.map((r) => r.stop()));
  });

  it('batches events and rescores the leads they name', async () => {
    const scheduler = createEmbeddedScheduler({
      deps: { prisma: db.prisma, now: () => NOW },
      config,
      timer: false,
      batchMs: 50,
    });
    const leads = await db.prisma.lead.findMany({
      where: { tenantId, status: 'NEW' },
      take: 3,
      orderBy: { id: 'asc' },
    });
    await Promise.all(
      leads.map((l) => scheduler.send({ name: 'lead/updated', data: { tenantId, leadId: l.id } })),
    );
    await new Promise((resolve) => setTimeout(resolve, 80));
    await scheduler.idle();
    const runs = await db.prisma.scoringRun.findMany({ where: { kind: 'rescore-leads' } });
    expect(runs).toMatchObject([{ total: 3, processed: 3, status: 'SUCCEEDED' }]);
    await scheduler.stop();
    await scheduler.send({ name: 'lead/updated', data: { tenantId, leadId: leads[0]!.id } });
    await scheduler.idle();
    expect(await db.prisma.scoringRun.count({ where: { kind: 'rescore-leads' } })).toBe(1);
  });

  it('is what createScoringJobs picks without Inngest; with Inngest it serves /api/inngest', async () => {
    const embedded = createScoringJobs(
      { prisma: db.prisma },
      { ...config, inngestConfigured: false },
    );
    expect(embedded.mode).toBe('embedded');
    expect(embedded.routes).toEqual({});
    await embedded.stop();
    const served = createScoringJobs({ prisma: db.prisma }, { ...config, inngestConfigured: true });
    expect(Object.keys(served.routes)).toEqual(['/api/inngest']);
  });
});
