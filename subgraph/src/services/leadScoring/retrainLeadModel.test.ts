import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import type { Prisma, PrismaClient, ScoringModel } from '../../db/generated/client';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { ensureActiveModel } from './ensureActiveModel';
import { leadFeatureSpecs } from './leadFeatures';
import { buildPriorModel } from './priorModel';
import { retrainLeadModel } from './retrainLeadModel';
import { servedMetrics } from './storedMetrics';

const NOW = new Date('2026-11-01T00:00:00Z');
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 11, leads: 600, now: NOW });
});
afterAll(() => db?.drop());

describe('retrainLeadModel', () => {
  it('replaces, unevaluated, an active model trained on features the leads no longer have', async () => {
    const old = buildPriorModel(leadFeatureSpecs);
    old.terms[0]!.feature = { ...old.terms[0]!.feature, name: 'retired_feature' };
    await db.prisma.scoringModel.updateMany({
      where: { tenantId: DEMO_TENANT_ID },
      data: { active: false },
    });
    await db.prisma.scoringModel.create({
      data: {
        tenantId: DEMO_TENANT_ID,
        version: 50,
        kind: 'LEARNED',
        params: JSON.parse(JSON.stringify(old)) as Prisma.InputJsonValue,
        active: true,
      },
    });

    const result = await retrainLeadModel(db.prisma, DEMO_TENANT_ID, { now: NOW });

    expect(result.activated).toBe(true);
    expect(result.reason).toMatch(/trained on other features \(retired_feature, /);
    expect(result.model.metrics).toMatchObject({ comparedWith: null });
  });
});

describe('ensureActiveModel', () => {
  it("says how many of the card's training and holdout rows came from imported history", async () => {
    // Imported leads decided in the last weeks: kept within the outcome horizon (their outcomes
    // are final), so they are the latest decisions and the holdout is made of them.
    const imported = [];
    for (let i = 0; i < 40; i++) {
      const lead = await db.prisma.lead.create({
        data: {
          tenantId: DEMO_TENANT_ID,
          name: `Imported ${i}`,
          source: 'webinar',
          status: i % 2 ? 'CONVERTED' : 'DISQUALIFIED',
          outcome: i % 2 ? 'WON' : 'LOST',
          outcomeAt: new Date(NOW.getTime() - (i + 1) * 3_600_000),
          createdAt: new Date(NOW.getTime() - 30 * 86_400_000),
        },
      });
      await db.prisma.leadHistoryImportRow.create({
        data: { tenantId: DEMO_TENANT_ID, rowKey: `import-${i}`, leadId: lead.id },
      });
      imported.push(lead.id);
    }
    const { model } = await retrainLeadModel(db.prisma, DEMO_TENANT_ID, { now: NOW });
    const metrics = servedMetrics(model)!;
    const rows = model.trainingRows + metrics.holdoutRows;
    const holdout = Math.max(1, Math.round(rows * 0.2));
    expect(metrics.holdoutRows).toBe(holdout);
    // Every imported lead was decided after every own lead kept: the holdout's last 40 rows.
    expect(metrics.importedHoldoutRows).toBe(Math.min(40, holdout));
    expect(metrics.importedTrainingRows).toBe(40 - Math.min(40, holdout));
    expect(metrics.recentLeftOut?.importedKept).toBe(40);
    await db.prisma.leadHistoryImportRow.deleteMany({ where: { leadId: { in: imported } } });
  });

  it('gives racing first uses the same prior', async () => {
    const models = await Promise.all(
      [1, 2, 3].map(() => ensureActiveModel(db.prisma, 'tenant-race')),
    );

    expect(new Set(models.map((m) => m.id)).size).toBe(1);
    expect(await db.prisma.scoringModel.count({ where: { tenantId: 'tenant-race' } })).toBe(1);
  });

  it('passes on a failure that is not a racing create, even when a model shows up after it', async () => {
    const created = { id: 'm1', active: true } as ScoringModel;
    let reads = 0;
    const prisma = {
      scoringModel: { findFirst: async () => (reads++ === 0 ? null : created) },
      $transaction: async () => {
        throw new Error('connection reset');
      },
    } as unknown as PrismaClient;

    await expect(ensureActiveModel(prisma, 'tenant-x')).rejects.toThrow('connection reset');
  });
});

describe('servedMetrics', () => {
  it('serves stored metrics only in the shape of ModelMetrics', () => {
    const metrics = {
      auc: 0.8,
      prAuc: 0.5,
      logLoss: 0.4,
      ece: 0.02,
      lift10: 2.5,
      holdoutRows: 100,
      holdoutPositives: 30,
      calibration: [{ predicted: 0.3, observed: 0.28, count: 100 }],
      evaluatedAt: '2026-11-01T00:00:00.000Z',
    };

    expect(servedMetrics({ version: 2, metrics })).toEqual({ ...metrics, comparedWith: null });
    expect(servedMetrics({ version: 2, metrics: null })).toBeNull();
    expect(() => servedMetrics({ version: 3, metrics: { ...metrics, auc: 'high' } })).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/model v3 are malformed at auc/),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    );
  });
});
