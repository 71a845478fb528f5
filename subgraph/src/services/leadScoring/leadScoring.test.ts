import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { hasEnoughOutcomes } from './hasEnoughOutcomes';
import { ensureActiveModel } from './ensureActiveModel';
import { leadFeatureExtractor } from './leadFeatures';
import { loadTrainingData } from './loadTrainingData';
import { OPEN_LEAD_STATUSES } from '../leads/openLeadStatuses';
import { commitScorePage } from './commitScorePage';
import {
  completeRescoreRun,
  loadActiveScorer,
  rescoreLeads,
  rescorePage,
  startRescoreRun,
} from './rescoreLeads';
import { retrainLeadModel } from './retrainLeadModel';
import { scoreLeadPage } from './scoreLeadPage';
import type { StoredMetrics } from './storedMetrics';

const NOW = new Date('2026-11-01T00:00:00Z');
const tenantId = DEMO_TENANT_ID;
let db: TestDatabase;
const statements: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  await seedDemo(db.prisma, { seed: 11, leads: 900, now: NOW });
});
afterAll(() => db?.drop());

const openLeads = () =>
  db.prisma.lead.count({ where: { tenantId, status: { in: OPEN_LEAD_STATUSES } } });

describe('lead scoring service', () => {
  it('starts a tenant on the documented prior', async () => {
    const model = await ensureActiveModel(db.prisma, tenantId);
    expect(model).toMatchObject({ kind: 'PRIOR', active: true, version: 1 });
    expect((await ensureActiveModel(db.prisma, tenantId)).id).toBe(model.id);
  });

  it('rescores every open lead in pages of a few statements each, with snapshots', async () => {
    const open = await openLeads();
    statements.length = 0;
    const run = await rescoreLeads(db.prisma, tenantId, {}, { now: NOW, pageSize: 100 });
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      total: open,
      processed: open,
      kind: 'rescore',
    });
    const pages = Math.ceil(open / 100);
    // per page: leads, customers, closed deals, and a transaction (BEGIN, the lock, the write, the run's
    // progress, COMMIT); plus start/finish and the model
    console.log(`rescoring ${open} leads in ${pages} pages: ${statements.length} SQL statements`);
    expect(statements.length).toBeLessThanOrEqual(pages * 8 + 8);
    const unscored = await db.prisma.lead.count({
      where: { tenantId, status: { in: OPEN_LEAD_STATUSES }, score: null },
    });
    expect(unscored).toBe(0);
    const lead = await db.prisma.lead.findFirstOrThrow({ where: { tenantId, status: 'NEW' } });
    expect(lead.score).toBe(Math.round(100 * lead.probability!));
    expect(lead.scoreModelVersion).toBe('1');
    expect(lead.scoredAt).toEqual(NOW);
    const snapshots = await db.prisma.leadScoreSnapshot.findMany({ where: { leadId: lead.id } });
    expect(snapshots).toHaveLength(1);
    // the lead's bin of every feature of the model that scored it (its explanation at the time)
    expect(snapshots[0]!.bins?.length).toBe(leadFeatureExtractor.features.length);
    expect(snapshots[0]!.factors).toBeNull();
    expect(await db.prisma.leadScoreSnapshot.count({ where: { tenantId } })).toBe(open);
    // First scores are not "changes": no activity yet.
    expect(await db.prisma.activity.count({ where: { tenantId, type: 'SCORE_CHANGED' } })).toBe(0);
  });

  it('writes no snapshot when nothing changed, and an activity only for notable changes', async () => {
    const before = await db.prisma.leadScoreSnapshot.count({ where: { tenantId } });
    await rescoreLeads(db.prisma, tenantId, {}, { now: NOW });
    expect(await db.prisma.leadScoreSnapshot.count({ where: { tenantId } })).toBe(before);

    const lead = await db.prisma.lead.findFirstOrThrow({
      where: { tenantId, status: 'WORKING', meetingsCount: 0, customerId: { not: null } },
    });
    const small = await db.prisma.lead.findFirstOrThrow({
      where: { tenantId, status: 'WORKING', id: { not: lead.id } },
    });
    await db.prisma.lead.update({
      where: { id: lead.id },
      data: { meetingsCount: 5, callsCount: 5, lastEngagedAt: NOW },
    });
    await db.prisma.lead.update({
      where: { id: small.id },
      data: { visitsCount: small.visitsCount + 1 },
    });
    const run = await rescoreLeads(
      db.prisma,
      tenantId,
      { ids: [lead.id, small.id, 'lead-of-nobody'] },
      { now: NOW },
    );
    expect(run).toMatchObject({
      kind: 'rescore-leads',
      total: 2,
      processed: 2,
      status: 'SUCCEEDED',
    });
    const after = await db.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(after.score! - lead.score!).toBeGreaterThanOrEqual(10);
    const activities = await db.prisma.activity.findMany({
      where: { tenantId, type: 'SCORE_CHANGED' },
    });
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({
      leadId: lead.id,
      payload: { from: lead.score, to: after.score, modelVersion: '1' },
    });
    expect(await db.prisma.leadScoreSnapshot.count({ where: { leadId: lead.id } })).toBe(2);
  });

  it('keeps lead timelines free of SCORE_CHANGED entries when a new model moves the scores', async () => {
    const active = await loadActiveScorer(db.prisma, tenantId);
    const shifted = {
      model: { ...active.model, intercept: active.model.intercept + 1.5 },
      version: 'shifted',
    };
    const activitiesBefore = await db.prisma.activity.count({
      where: { tenantId, type: 'SCORE_CHANGED' },
    });
    const snapshotsBefore = await db.prisma.leadScoreSnapshot.count({ where: { tenantId } });
    const run = await rescoreLeads(db.prisma, tenantId, {}, { now: NOW, scorer: shifted });
    expect(await db.prisma.leadScoreSnapshot.count({ where: { tenantId } })).toBe(
      snapshotsBefore + run.processed,
    );
    expect(await db.prisma.activity.count({ where: { tenantId, type: 'SCORE_CHANGED' } })).toBe(
      activitiesBefore,
    );
    await rescoreLeads(db.prisma, tenantId, {}, { now: NOW, scorer: active });
  });

  it("deletes a lead's snapshots with the lead, and only that lead's", async () => {
    const [lead, other] = await db.prisma.lead.findMany({
      where: { tenantId, status: 'NEW', deal: null },
      take: 2,
    });
    const count = (leadId: string) => db.prisma.leadScoreSnapshot.count({ where: { leadId } });
    expect(await count(lead!.id)).toBeGreaterThan(0);
    const otherBefore = await count(other!.id);
    expect(otherBefore).toBeGreaterThan(0);
    await db.prisma.lead.delete({ where: { id: lead!.id } });
    expect(await count(lead!.id)).toBe(0);
    expect(await count(other!.id)).toBe(otherBefore);
  });

  it('resumes an interrupted run from its cursor without rescoring written pages', async () => {
    const run = await startRescoreRun(db.prisma, tenantId);
    const first = await rescorePage(db.prisma, run.id, {}, { now: NOW, pageSize: 50 });
    expect(first).toEqual({ processed: 50, done: false });
    const midway = await db.prisma.scoringRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(midway).toMatchObject({ processed: 50, status: 'RUNNING' });
    expect(midway.cursor).not.toBeNull();
    const finished = await completeRescoreRun(db.prisma, run.id, {}, { now: NOW, pageSize: 50 });
    expect(finished).toMatchObject({ status: 'SUCCEEDED', processed: run.total });
  });

  it('records a failed page on the run', async () => {
    const run = await startRescoreRun(db.prisma, tenantId);
    await expect(
      completeRescoreRun(
        db.prisma,
        run.id,
        {},
        { now: NOW, scorer: { model: { terms: [] } as never, version: 'x' } },
      ),
    ).rejects.toThrow();
    expect(await db.prisma.scoringRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({
      status: 'FAILED',
    });
  });

  it('commits a page, and moves the cursor past it, only once the page before it has committed', async () => {
    const run = await startRescoreRun(db.prisma, tenantId);
    const scorer = { ...(await loadActiveScorer(db.prisma, tenantId)), version: 'ordering' };
    const page = (await scoreLeadPage(db.prisma, tenantId, {}, null, {
      scorer,
      pageSize: 20,
      now: NOW,
    }))!;
    const target = { runId: run.id, tenantId, modelVersion: scorer.version, scoredAt: NOW };
    const failed = Promise.reject(new Error('the page before failed'));
    failed.catch(() => {});
    await expect(commitScorePage(db.prisma, target, page, failed)).rejects.toThrow(
      'the page before failed',
    );
    expect(await db.prisma.scoringRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({
      cursor: null,
      processed: 0,
    });
    expect(await db.prisma.leadScoreSnapshot.count({ where: { modelVersion: 'ordering' } })).toBe(
      0,
    );

    await commitScorePage(db.prisma, target, page, Promise.resolve());
    expect(await db.prisma.scoringRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({
      cursor: page.cursor,
      processed: 20,
    });
    expect(await db.prisma.leadScoreSnapshot.count({ where: { modelVersion: 'ordering' } })).toBe(
      20,
    );
  });

  it('trains on closed leads oldest decision first, and activates the new model only if it beats the prior on the holdout', async () => {
    const { dataset, decidedAt } = await loadTrainingData(db.prisma, tenantId, NOW);
    expect(hasEnoughOutcomes(dataset.labels)).toBe(true);
    expect(decidedAt.every((t, i) => i === 0 || t >= decidedAt[i - 1]!)).toBe(true);

    const result = await retrainLeadModel(db.prisma, tenantId, { now: NOW });
    type Interval = { estimate: number; low: number; high: number };
    const metrics = result.model.metrics as unknown as StoredMetrics & {
      comparedWith: {
        version: number;
        auc: number;
        logLoss: number;
        aucDifference: Interval;
        logLossDifference: Interval;
      };
    };
    expect(result.model).toMatchObject({
      kind: 'LEARNED',
      version: 2,
      trainingRows: Math.round(dataset.rows.length * 0.8),
    });
    expect(metrics.holdoutRows).toBe(dataset.rows.length - result.model.trainingRows);
    expect(metrics.auc).toBeGreaterThan(0.6);
    expect(metrics.calibration.length).toBeGreaterThan(2);
    expect(metrics.comparedWith.version).toBe(1);
    // Activated only on a gain beyond the paired bootstrap's noise (ADR 032).
    const { aucDifference, logLossDifference } = metrics.comparedWith;
    expect(aucDifference.estimate).toBeCloseTo(metrics.auc - metrics.comparedWith.auc, 12);
    expect(logLossDifference.estimate).toBeCloseTo(
      metrics.logLoss - metrics.comparedWith.logLoss,
      12,
    );
    expect(aucDifference.low).toBeLessThanOrEqual(aucDifference.estimate);
    expect(aucDifference.high).toBeGreaterThanOrEqual(aucDifference.estimate);
    expect(result.activated).toBe(
      (aucDifference.low > 0 && logLossDifference.estimate <= 0.005) ||
        (aucDifference.estimate >= 0 && logLossDifference.high < 0),
    );
    expect(result.model.active).toBe(result.activated);
    console.log(`retrain on ${dataset.rows.length} outcomes: ${result.reason}`);
    const prior = await db.prisma.scoringModel.findFirstOrThrow({
      where: { tenantId, version: 1 },
    });
    expect((prior.metrics as { holdoutRows: number }).holdoutRows).toBe(metrics.holdoutRows);
    expect(prior.active).toBe(!result.activated);
    expect(await db.prisma.scoringModel.count({ where: { tenantId, active: true } })).toBe(1);
  });

  it('leaves out leads decided within the outcome horizon, won, lost or disqualified (among them only the losses are known yet), and keeps imported history', async () => {
    const { leadIds, decidedAt, recentLeftOut, dataset } = await loadTrainingData(
      db.prisma,
      tenantId,
      NOW,
    );
    expect(recentLeftOut).not.toBeNull();
    const { days, rows, pendingConversions } = recentLeftOut!;
    // 90 % of the seed's converted leads' deals closed within this many days (30 to 180 each).
    expect(days).toBeGreaterThan(60);
    expect(days).toBeLessThanOrEqual(181);
    const since = NOW.getTime() - days * 86_400_000;
    expect(decidedAt.every((t) => t.getTime() < since)).toBe(true);
    expect(pendingConversions).toBeGreaterThan(0);
    // What was left out: every decided lead of the window, and why: their known outcomes are
    // nearly all losses, while the leads kept won at the usual rate.
    const decided = await db.prisma.lead.findMany({
      where: { tenantId, outcome: { not: null }, outcomeAt: { not: null } },
      select: { id: true, outcome: true },
    });
    const kept = new Set(leadIds);
    const leftOut = decided.filter((lead) => !kept.has(lead.id));
    expect(leftOut).toHaveLength(rows);
    expect(rows).toBeGreaterThan(0);
    const winRate = (leads: { outcome: string | null }[]) =>
      leads.filter((lead) => lead.outcome === 'WON').length / leads.length;
    expect(winRate(leftOut)).toBeLessThan(winRate(decided.filter((l) => kept.has(l.id))) / 2);
    expect(dataset.rows).toHaveLength(decided.length - rows);
    // An imported lead decided yesterday is final (its file gave the outcome): it stays.
    const yesterday = new Date(NOW.getTime() - 86_400_000);
    const imported = await db.prisma.lead.create({
      data: {
        tenantId,
        name: 'Recent Import',
        source: 'web',
        status: 'CONVERTED',
        outcome: 'WON',
        outcomeAt: yesterday,
        createdAt: new Date(NOW.getTime() - 60 * 86_400_000),
      },
    });
    await db.prisma.leadHistoryImportRow.create({
      data: { tenantId, rowKey: 'recent-import', leadId: imported.id },
    });
    const after = await loadTrainingData(db.prisma, tenantId, NOW);
    expect(after.leadIds).toContain(imported.id);
    await db.prisma.leadHistoryImportRow.deleteMany({ where: { leadId: imported.id } });
    await db.prisma.lead.delete({ where: { id: imported.id } });
  });

  it("counts a training row's deal history as of the decision on it, as a live score counts it as of now", async () => {
    const { dataset, leadIds } = await loadTrainingData(db.prisma, tenantId, NOW);
    const won = dataset.features.findIndex((f) => f.name === 'dealsWon');
    const lost = dataset.features.findIndex((f) => f.name === 'dealsLost');
    const byId = new Map(
      (
        await db.prisma.lead.findMany({
          where: { tenantId, id: { in: leadIds } },
          select: { id: true, customerId: true, createdAt: true, outcomeAt: true, deal: true },
        })
      ).map((lead) => [lead.id, lead]),
    );
    const leads = leadIds.map((id) => byId.get(id)!);
    const closed = await db.prisma.deal.findMany({
      where: { tenantId, stage: { kind: { in: ['WON', 'LOST'] } } },
      select: { customerId: true, leadId: true, closedAt: true, updatedAt: true, stage: true },
    });
    let closedMeanwhile = 0;
    leads.forEach((lead, i) => {
      if (!lead.customerId) return;
      const decidedAt = lead.deal?.createdAt ?? lead.outcomeAt!;
      const others = closed.filter((d) => d.customerId === lead.customerId && d.leadId !== lead.id);
      const before = (at: Date) => others.filter((d) => (d.closedAt ?? d.updatedAt) < at);
      const history = before(decidedAt);
      if (history.length > before(lead.createdAt).length) closedMeanwhile += 1;
      expect([dataset.rows[i]![won], dataset.rows[i]![lost]]).toEqual([
        history.filter((d) => d.stage.kind === 'WON').length,
        history.filter((d) => d.stage.kind === 'LOST').length,
      ]);
    });
    // Leads whose customer closed another deal between their creation and the decision on them:
    // counted until now only up to the lead's creation in training, though scores count up to now.
    expect(closedMeanwhile).toBeGreaterThan(0);
  });

  it('trains on engagement as it stood at the decision: a call logged on a closed lead or its deal later changes nothing', async () => {
    const before = await loadTrainingData(db.prisma, tenantId, NOW);
    const calls = before.dataset.features.findIndex((f) => f.name === 'callsCount');
    const recency = before.dataset.features.findIndex((f) => f.name === 'daysSinceLastEngagement');
    const closed = await db.prisma.lead.findMany({
      where: { tenantId, outcome: { not: null }, outcomeAt: { not: null } },
      select: { id: true, deal: { select: { id: true } } },
      orderBy: [{ outcomeAt: 'asc' }, { id: 'asc' }],
    });
    const trained = closed.filter((l) => before.leadIds.includes(l.id));
    const withDeal = trained.find((l) => l.deal)!;
    const withoutDeal = trained.find((l) => !l.deal)!;
    const later = new Date(NOW.getTime() - 86_400_000);
    for (const lead of [withDeal, withoutDeal]) {
      // What logActivity writes: the activity (on the deal when there is one) and the counts.
      await db.prisma.$transaction([
        db.prisma.activity.create({
          data: {
            tenantId,
            type: 'CALL',
            body: 'Call after the decision',
            occurredAt: later,
            ...(lead.deal ? { dealId: lead.deal.id } : { leadId: lead.id }),
          },
        }),
        db.prisma.lead.update({
          where: { id: lead.id },
          data: { callsCount: { increment: 1 }, lastEngagedAt: later },
        }),
      ]);
    }
    const after = await loadTrainingData(db.prisma, tenantId, NOW);
    for (const lead of [withDeal, withoutDeal]) {
      const [a, b] = [after, before].map(
        (data) => data.dataset.rows[data.leadIds.indexOf(lead.id)]!,
      );
      expect(a![calls]).toBe(b![calls]);
      expect(a![recency]).toBe(b![recency]);
    }
  });

  it('trains on customer signals as they were at the decision: a signal changed after a lead closed does not change its row', async () => {
    const closed = await db.prisma.lead.findMany({
      where: { tenantId, outcome: { not: null }, outcomeAt: { not: null } },
      select: {
        id: true,
        customerId: true,
        outcomeAt: true,
        deal: { select: { createdAt: true } },
      },
      orderBy: [{ outcomeAt: 'asc' }, { id: 'asc' }],
    });
    const before = await loadTrainingData(db.prisma, tenantId, NOW);
    const lead = closed.find((l) => l.customerId && before.leadIds.includes(l.id))!;
    const i = before.leadIds.indexOf(lead.id);
    const decidedAt = lead.deal?.createdAt ?? lead.outcomeAt!;
    const health = before.dataset.features.findIndex((f) => f.name === 'healthScore');
    expect(before.signalsAsOf[i]).toBe('today'); // the demo seeds no dated signals
    // The customer as it was a day before the decision.
    await db.prisma.customerSignalSnapshot.create({
      data: {
        tenantId,
        customerId: lead.customerId!,
        observedAt: new Date(decidedAt.getTime() - 86_400_000),
        healthScore: 3,
      },
    });
    const then = await loadTrainingData(db.prisma, tenantId, NOW);
    expect(then.signalsAsOf[i]).toBe('decision');
    expect(then.dataset.rows[i]![health]).toBe(3);
    // Today's signals change; the row built as of the decision does not.
    await db.prisma.customer.update({
      where: { id: lead.customerId! },
      data: { healthScore: 97, signalsUpdatedAt: new Date() },
    });
    const after = await loadTrainingData(db.prisma, tenantId, NOW);
    expect(after.dataset.rows[i]).toEqual(then.dataset.rows[i]);
  });

  it('does not train below the cold-start threshold', async () => {
    const result = await retrainLeadModel(db.prisma, 'tenant-empty', { now: NOW });
    expect(result).toMatchObject({
      activated: false,
      model: { kind: 'PRIOR', tenantId: 'tenant-empty' },
    });
    expect(result.reason).toMatch(
      /not enough outcomes: 0 closed leads|not enough outcomes to train: 0 closed leads/,
    );
  });
});
