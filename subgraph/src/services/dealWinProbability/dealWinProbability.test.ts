import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL, DEMO_TENANT_ID } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { scoreRows } from '../../scoring/model/scoreRows';
import { modelFromRow } from '../leadScoring/modelFromRow';
import { effectiveProbability } from '../pipelines/stageProbability';
import { dealFeatureExtractor } from './dealFeatures';
import { loadDealTrainingData, type DealTrainingRow } from './loadDealTrainingData';
import { rescoreChangedDeals } from './rescoreChangedDeals';
import { rescoreDeals } from './rescoreDeals';
import { retrainDealWinModel } from './retrainDealWinModel';
import { servedDealWinModel } from './servedDealWinModel';

const NOW = new Date('2026-11-01T00:00:00Z');
const DAY = 86_400_000;
const OTHER = 'tenant-other';
const REP = { ...DEMO_PRINCIPAL, userId: 'user-rep-1', role: 'REP' as const };
const MANAGER = { ...DEMO_PRINCIPAL, userId: 'user-mgr-1', role: 'MANAGER' as const };
let db: TestDatabase;
let api: TestApi;

const logit = (p: number) => Math.log(p / (1 - p));

const WIN = /* GraphQL */ `
  query ($id: ID!) {
    deal(id: $id) {
      id
      winProbability {
        probability
        source
        modelVersion
        scoredAt
        basis
        explanation {
          baseline
          factors {
            feature
            value
            contribution
            text
          }
        }
      }
    }
  }
`;
type Win = {
  probability: number;
  source: 'MODEL' | 'STAGE_RATE';
  modelVersion: number | null;
  scoredAt: string | null;
  basis: string;
  explanation: {
    baseline: number;
    factors: { feature: string; value: string; contribution: number; text: string }[];
  } | null;
} | null;

async function winOf(id: string, principal = DEMO_PRINCIPAL) {
  const { data, errors } = await api.run<{ deal: { winProbability: Win } | null }>(
    WIN,
    { id },
    principal,
  );
  expect(errors).toBeUndefined();
  return data!.deal;
}

const openDeals = (tenantId = DEMO_TENANT_ID) =>
  db.prisma.deal.findMany({
    where: { tenantId, stage: { kind: 'OPEN' } },
    include: { stage: true },
    orderBy: { id: 'asc' },
  });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 3, leads: 1500, now: NOW });
  // A second tenant with one pipeline and a handful of closed deals: too few to train.
  await db.prisma.tenant.create({ data: { id: OTHER, name: 'Other Co' } });
  await db.prisma.pipeline.create({
    data: {
      id: 'other-pl',
      tenantId: OTHER,
      name: 'Sales',
      stages: {
        create: [
          { id: 'other-open', tenantId: OTHER, name: 'Talks', order: 0, probability: 0.3 },
          { id: 'other-won', tenantId: OTHER, name: 'Won', order: 1, kind: 'WON' },
          { id: 'other-lost', tenantId: OTHER, name: 'Lost', order: 2, kind: 'LOST' },
        ],
      },
    },
  });
  for (let i = 0; i < 12; i++) {
    const closed = i < 10;
    await db.prisma.deal.create({
      data: {
        id: `other-deal-${i}`,
        tenantId: OTHER,
        pipelineId: 'other-pl',
        stageId: closed ? (i % 2 ? 'other-won' : 'other-lost') : 'other-open',
        title: `Other ${i}`,
        value: '1000.00',
        currency: 'USD',
        position: `a${i}`,
        closedAt: closed ? new Date(NOW.getTime() - (20 - i) * DAY) : null,
      },
    });
  }
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
}, 120_000);
afterAll(() => db?.drop());

describe('deal win probability', () => {
  it('shows the stage rate, and says so, before any model is trained', async () => {
    const [deal] = await openDeals();
    const { winProbability } = (await winOf(deal!.id))!;
    expect(winProbability).toEqual({
      probability: effectiveProbability(deal!.stage),
      source: 'STAGE_RATE',
      modelVersion: null,
      scoredAt: null,
      basis: expect.stringContaining(`${deal!.stage.name} stage rate`),
      explanation: null,
    });
    // Says what the rate is made of: the hand value (or the prior a stage without one gets) and
    // how many closed deals it was blended with.
    const { probability, blendedProbability, learnedSampleSize } = deal!.stage;
    expect(blendedProbability).not.toBeNull();
    expect(winProbability!.basis).toMatch(
      `${deal!.stage.name} stage rate: ${Math.round(blendedProbability! * 100)} % (${
        probability === null
          ? 'a prior of'
          : `the hand-entered ${Math.round(probability * 100)} % blended`
      }`,
    );
    expect(winProbability!.basis).toContain(`blended with ${learnedSampleSize} closed deals`);
  });

  it('falls back to the stage rate when a tenant has too few closed deals to train', async () => {
    const outcome = await retrainDealWinModel(db.prisma, OTHER, { now: NOW });
    expect(outcome).toMatchObject({ model: null, activated: false });
    expect(outcome.reason).toBe(
      'too few closed deals to train: 10 (5 won, 5 lost); need 200 with at least 40 of each',
    );
    expect(await db.prisma.dealWinModel.count({ where: { tenantId: OTHER } })).toBe(0);
    await rescoreDeals(db.prisma, OTHER, { now: NOW });
    const other = { ...DEMO_PRINCIPAL, tenantId: OTHER };
    const { winProbability } = (await winOf('other-deal-10', other))!;
    expect(winProbability).toMatchObject({
      probability: 0.3,
      source: 'STAGE_RATE',
      basis: 'Talks stage rate: 30 % (the hand-entered value: no closed deals learned from yet)',
    });
  });

  it('trains on the closed deals, decides activation against the stage rates by the paired bootstrap, and stores a card', async () => {
    const outcome = await retrainDealWinModel(db.prisma, DEMO_TENANT_ID, { now: NOW, seed: 1 });
    const closed = await db.prisma.deal.findMany({
      where: { tenantId: DEMO_TENANT_ID, stage: { kind: { in: ['WON', 'LOST'] } } },
      orderBy: [{ closedAt: 'asc' }, { id: 'asc' }],
    });
    expect(outcome.model).not.toBeNull();
    const metrics = outcome.model!.metrics as Record<string, unknown>;
    // The latest 20 % of closed deals are held out, the earlier ones train; on each side the
    // picked stays, at most one a deal.
    const held = new Set(closed.slice(-Math.round(closed.length * 0.2)).map((d) => d.id));
    const { rows } = await loadDealTrainingData(db.prisma, DEMO_TENANT_ID);
    const picked = rows.filter((r) => r.picked);
    expect(new Set(picked.map((r) => r.dealId)).size).toBe(picked.length);
    const heldRows = picked.filter((r) => held.has(r.dealId)).length;
    expect(outcome.model!.trainingRows).toBe(picked.length - heldRows);
    expect(metrics).toMatchObject({
      holdoutRows: heldRows,
      stageRateBaseline: { auc: expect.any(Number), logLoss: expect.any(Number) },
      comparedWith: { version: 0, kind: 'STAGE_RATE' },
    });
    // The card says what its rows were picked from: every close, each side of the holdout.
    const served = servedDealWinModel(outcome.model!);
    expect(served).toMatchObject({
      closedDealsBeforeHoldout: closed.length - held.size,
      heldOutDeals: held.size,
    });
    expect(served.heldOutDeals!).toBeGreaterThanOrEqual(heldRows);
    expect(served.closedDealsBeforeHoldout!).toBeGreaterThanOrEqual(served.trainingRows);
    const baseline = metrics.stageRateBaseline as { auc: number; logLoss: number };
    expect((metrics.comparedWith as { auc: number }).auc).toBe(baseline.auc);
    // Activated exactly when the paired bootstrap says it beats the stage rates (ADR 032).
    const diff = metrics.comparedWith as {
      aucDifference: { estimate: number; low: number };
      logLossDifference: { estimate: number; high: number };
    };
    const beats =
      (diff.aucDifference.low > 0 && diff.logLossDifference.estimate <= 0.005) ||
      (diff.aucDifference.estimate >= 0 && diff.logLossDifference.high < 0);
    expect(outcome.activated).toBe(beats);
    expect(outcome.model!.notes).toMatch(
      new RegExp(`^${beats ? 'Activated' : 'Not activated'}: .*against the stage rates`),
    );
    // On this small seed (a few hundred closed deals) the gain may be within chance; the tests
    // below need an active model, so v1 is made the active one here whatever the rule decided.
    await db.prisma.dealWinModel.update({
      where: { id: outcome.model!.id },
      data: { active: true },
    });
  }, 120_000);

  it('does not replace the active model with one no better beyond chance', async () => {
    // The same closed deals and seed train the same model: a zero difference is not an improvement.
    const again = await retrainDealWinModel(db.prisma, DEMO_TENANT_ID, { now: NOW, seed: 1 });
    expect(again.activated).toBe(false);
    expect(again.reason).toMatch(
      /^no improvement beyond chance: AUC \+0\.0000 .*against the active model v1/,
    );
    const active = await db.prisma.dealWinModel.findMany({
      where: { tenantId: DEMO_TENANT_ID, active: true },
    });
    expect(active.map((m) => m.version)).toEqual([1]);
  }, 120_000);

  it("learns an early stage's chance from every closed deal that passed through it", async () => {
    // ADR 074: one stay drawn per deal put a deal won after four stages in Qualification's rows a
    // quarter of the time and one lost there every time, so early stages read far below their
    // history. The model's mean over a stage's training stays must be the stage's win rate.
    const v1 = await db.prisma.dealWinModel.findFirstOrThrow({
      where: { tenantId: DEMO_TENANT_ID, version: 1 },
    });
    const closed = await db.prisma.deal.findMany({
      where: { tenantId: DEMO_TENANT_ID, closedAt: { lte: v1.trainingTo! } },
      select: { id: true, stage: { select: { kind: true } } },
    });
    const won = new Map(closed.map((d) => [d.id, d.stage.kind === 'WON']));
    // Each training deal's stages from its own history: created in one, moved to others.
    const entered = await db.prisma.activity.findMany({
      where: { dealId: { in: [...won.keys()] }, type: { in: ['CREATED', 'STAGE_CHANGED'] } },
      select: { dealId: true, payload: true },
    });
    const dealsIn = new Map<string, Set<string>>();
    for (const { dealId, payload } of entered) {
      const { stageId, toStageId } = payload as { stageId?: string; toStageId?: string };
      const stage = toStageId ?? stageId;
      if (!stage) continue;
      dealsIn.set(stage, (dealsIn.get(stage) ?? new Set()).add(dealId!));
    }
    const { dataset, rows } = await loadDealTrainingData(db.prisma, DEMO_TENANT_ID);
    const scores = scoreRows(modelFromRow(v1), dataset.rows);
    const early = await db.prisma.pipelineStage.findMany({
      where: { tenantId: DEMO_TENANT_ID, kind: 'OPEN', order: { lte: 1 } },
    });
    expect(early.length).toBeGreaterThanOrEqual(2);
    const checked = [];
    for (const stage of early) {
      const deals = [...(dealsIn.get(stage.id) ?? [])];
      if (deals.length < 100) continue;
      const rate = deals.filter((id) => won.get(id)).length / deals.length;
      const stays = rows.flatMap((r, i) =>
        r.stageId === stage.id && won.has(r.dealId) ? [i] : [],
      );
      const mean = stays.reduce((sum, i) => sum + scores[i]!, 0) / stays.length;
      checked.push({ stage: stage.name, deals: deals.length, rate, mean });
      expect(stays.length).toBe(deals.length);
    }
    for (const c of checked)
      expect(Math.abs(c.mean - c.rate), JSON.stringify(c)).toBeLessThan(0.04);
    expect(checked.length).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('serves the stored probability with an exact explanation (baseline + Σ = logit p)', async () => {
    const result = await rescoreDeals(db.prisma, DEMO_TENANT_ID, { now: NOW });
    const open = await openDeals();
    expect(result).toMatchObject({ scored: open.length, modelVersion: 1 });
    for (const deal of open.slice(0, 25)) {
      const { winProbability } = (await winOf(deal.id))!;
      expect(winProbability).toMatchObject({
        source: 'MODEL',
        modelVersion: 1,
        scoredAt: NOW.toISOString(),
      });
      const { baseline, factors } = winProbability!.explanation!;
      const sum = factors.reduce((s, f) => s + f.contribution, baseline);
      expect(Math.abs(sum - logit(winProbability!.probability))).toBeLessThan(1e-9);
      expect(factors.length).toBeGreaterThanOrEqual(dealFeatureExtractor.features.length);
      expect(factors[0]!.text).toMatch(/\([+−]\d+\.\d\d\)$/);
    }
  });

  it('is null for a won or lost deal', async () => {
    const won = await db.prisma.deal.findFirstOrThrow({
      where: { tenantId: DEMO_TENANT_ID, stage: { kind: 'WON' } },
    });
    expect((await winOf(won.id))!.winProbability).toBeNull();
  });

  it("builds a deal's training rows as of moments while it was open: what came after changes nothing", async () => {
    const { rows } = await loadDealTrainingData(db.prisma, DEMO_TENANT_ID);
    // Every row is taken before its deal was decided; a deal's rows are its stays, in order.
    expect(rows.every((r) => r.at < r.closedAt)).toBe(true);
    const last = new Map<string, DealTrainingRow>();
    for (const r of rows) {
      const before = last.get(r.dealId);
      if (before) {
        expect(r.at > before.at).toBe(true);
        expect(r.stageId).not.toBe(before.stageId);
      }
      last.set(r.dealId, r);
    }
    // Each stay's row counts the activities logged before its own moment, not before its deal's
    // last stay's (they were keyed by deal, so a won deal's Qualification row saw its later ones).
    const engagements = await db.prisma.activity.findMany({
      where: { tenantId: DEMO_TENANT_ID, type: { in: ['CALL', 'EMAIL', 'MEETING', 'NOTE'] } },
      select: { dealId: true, occurredAt: true },
    });
    const loggedOn = new Map<string, Date[]>();
    for (const a of engagements)
      if (a.dealId) loggedOn.set(a.dealId, [...(loggedOn.get(a.dealId) ?? []), a.occurredAt]);
    for (const r of rows) {
      const before = (loggedOn.get(r.dealId) ?? []).filter((at) => at < r.at);
      expect(r.input.activityCount).toBe(before.length);
      expect(r.input.daysSinceActivity ?? 0).toBeGreaterThanOrEqual(0);
    }
    const row = rows.find(
      (r) => r.signalsAsOf !== 'none' && r.closedAt < new Date(NOW.getTime() - 30 * DAY),
    )!;
    const deal = await db.prisma.deal.findUniqueOrThrow({ where: { id: row.dealId } });
    const customer = await db.prisma.customer.findUniqueOrThrow({
      where: { id: deal.customerId! },
    });
    const rowsOf = async () =>
      (await loadDealTrainingData(db.prisma, DEMO_TENANT_ID)).rows.filter(
        (r) => r.dealId === deal.id,
      );
    // The customer's state before the deal was created, then a change and a meeting after the close.
    await db.prisma.customerSignalSnapshot.create({
      data: {
        tenantId: DEMO_TENANT_ID,
        customerId: customer.id,
        observedAt: new Date(deal.createdAt.getTime() - DAY),
        healthScore: 41,
        activeUsers: 5,
        seats: 10,
        usageTrend: -0.1,
      },
    });
    const before = await rowsOf();
    expect(before.length).toBeGreaterThan(0);
    for (const r of before) {
      expect(r.signalsAsOf).toBe('moment');
      expect(r.input).toMatchObject({ healthScore: 41, activeUsers: 5, seats: 10 });
    }
    const later = new Date(row.closedAt.getTime() + DAY);
    await db.prisma.customer.update({
      where: { id: customer.id },
      data: { healthScore: 97, activeUsers: 10, signalsUpdatedAt: later },
    });
    await db.prisma.customerSignalSnapshot.create({
      data: {
        tenantId: DEMO_TENANT_ID,
        customerId: customer.id,
        observedAt: later,
        healthScore: 97,
        activeUsers: 10,
        seats: 10,
      },
    });
    await db.prisma.activity.create({
      data: {
        tenantId: DEMO_TENANT_ID,
        dealId: deal.id,
        type: 'MEETING',
        body: 'After the close',
        occurredAt: later,
      },
    });
    const after = await rowsOf();
    expect(after.map((r) => r.input)).toEqual(before.map((r) => r.input));
    expect(after.map((r) => dealFeatureExtractor.extract(r.input))).toEqual(
      before.map((r) => dealFeatureExtractor.extract(r.input)),
    );
  });

  it('rescores a deal when it changes, with the same features a training row would have', async () => {
    const [deal] = await openDeals();
    const before = await db.prisma.deal.findUniqueOrThrow({ where: { id: deal!.id } });
    const { errors } = await api.run(
      `mutation { logActivity(input: { dealId: "${deal!.id}", type: MEETING, body: "Steering committee" }) { id } }`,
    );
    expect(errors).toBeUndefined();
    expect(api.events).toContainEqual({
      name: 'deal/updated',
      data: { tenantId: DEMO_TENANT_ID, dealId: deal!.id },
    });
    const later = new Date(Date.now() + 1000);
    await rescoreChangedDeals(db.prisma, DEMO_TENANT_ID, {
      dealIds: [deal!.id],
      customerIds: [],
      now: later,
    });
    const after = await db.prisma.deal.findUniqueOrThrow({ where: { id: deal!.id } });
    expect(after.winScoredAt).toEqual(later);
    // A rescoring is not an edit.
    expect(after.version).toBe(before.version);
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it("answers a moved deal with its new stage's rate until the model has scored it there", async () => {
    await rescoreDeals(db.prisma, DEMO_TENANT_ID, { now: NOW });
    const open = await openDeals();
    const deal = open.find((d) => d.winProbability !== null)!;
    const target = await db.prisma.pipelineStage.findFirstOrThrow({
      where: { pipelineId: deal.pipelineId, kind: 'OPEN', id: { not: deal.stageId } },
      orderBy: { order: 'desc' },
    });
    const move = async (id: string, stageId: string, expectedVersion: number) => {
      const { data, errors } = await api.run<{
        moveDeal: { version: number; winProbability: Omit<NonNullable<Win>, 'explanation'> };
      }>(
        `mutation ($id: ID!, $stageId: ID!, $v: Int!) {
          moveDeal(id: $id, stageId: $stageId, position: 0, expectedVersion: $v) {
            version winProbability { probability source modelVersion scoredAt basis }
          }
        }`,
        { id, stageId, v: expectedVersion },
      );
      expect(errors).toBeUndefined();
      return data!.moveDeal;
    };
    // Within its stage the stored probability still describes the deal.
    const reordered = await move(deal.id, deal.stageId, deal.version);
    expect(reordered.winProbability).toMatchObject({ source: 'MODEL', modelVersion: 1 });

    const moved = await move(deal.id, target.id, reordered.version);
    expect(moved.winProbability).toEqual({
      probability: effectiveProbability(target),
      source: 'STAGE_RATE',
      modelVersion: null,
      scoredAt: null,
      basis: expect.stringContaining(`${target.name} stage rate`),
    });
    const row = await db.prisma.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect([row.winProbability, row.winModelVersion, row.winBins, row.winScoredAt]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(api.events).toContainEqual({
      name: 'deal/updated',
      data: { tenantId: DEMO_TENANT_ID, dealId: deal.id },
    });

    // The event's rescoring scores it in its new stage, and the explanation says which.
    await rescoreChangedDeals(db.prisma, DEMO_TENANT_ID, {
      dealIds: [deal.id],
      customerIds: [],
      now: new Date(Date.now() + 1000),
    });
    const { winProbability } = (await winOf(deal.id))!;
    expect(winProbability).toMatchObject({ source: 'MODEL', modelVersion: 1 });
    const stage = winProbability!.explanation!.factors.find((f) => f.feature === 'stage');
    expect(stage?.value).toBe(target.name);
  });

  it("asks for its customer's open leads and deals to be rescored when a deal is won (their deals won changed)", async () => {
    const [deal] = (await openDeals()).filter((d) => d.customerId !== null);
    const { errors } = await api.run(
      `mutation ($id: ID!, $v: Int!) { markDealWon(id: $id, expectedVersion: $v) { id } }`,
      { id: deal!.id, v: deal!.version },
    );
    expect(errors).toBeUndefined();
    expect(api.events).toContainEqual({
      name: 'deal/updated',
      data: { tenantId: DEMO_TENANT_ID, dealId: deal!.id, customerId: deal!.customerId },
    });
  });

  it("keeps each tenant's models and probabilities to itself", async () => {
    const other = { ...DEMO_PRINCIPAL, tenantId: OTHER };
    const [mine] = await openDeals();
    expect(await winOf(mine!.id, other)).toBeNull();
    const { data } = await api.run<{ dealWinModels: { version: number }[] }>(
      '{ dealWinModels { version } }',
      {},
      other,
    );
    expect(data!.dealWinModels).toEqual([]);
    // Rescoring the other tenant (no model) clears nothing of this one.
    await rescoreDeals(db.prisma, OTHER, { now: NOW });
    expect(
      await db.prisma.deal.count({ where: { tenantId: DEMO_TENANT_ID, winModelVersion: 1 } }),
    ).toBe((await openDeals()).length);
    expect(
      await db.prisma.deal.count({ where: { tenantId: OTHER, winProbability: { not: null } } }),
    ).toBe(0);
  });

  it('serves the model card, and refuses a retrain to a rep with FORBIDDEN, writing nothing', async () => {
    const { data, errors } = await api.run<{
      dealWinModels: {
        version: number;
        active: boolean;
        trainingRows: number;
        metrics: { auc: number; logLoss: number; holdoutRows: number };
        stageRateBaseline: { auc: number; logLoss: number };
      }[];
    }>(
      '{ dealWinModels { version active trainingRows metrics { auc logLoss holdoutRows } stageRateBaseline { auc logLoss } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.dealWinModels.map((m) => [m.version, m.active])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect(data!.dealWinModels[1]!.stageRateBaseline.auc).toBeGreaterThan(0.5);

    const count = await db.prisma.dealWinModel.count();
    const refused = await api.run('mutation { retrainDealWinModel { activated } }', {}, REP);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await db.prisma.dealWinModel.count()).toBe(count);

    const other = { ...MANAGER, tenantId: OTHER };
    const few = await api.run<{
      retrainDealWinModel: { model: null; activated: boolean; reason: string };
    }>('mutation { retrainDealWinModel { model { version } activated reason } }', {}, other);
    expect(few.errors).toBeUndefined();
    expect(few.data!.retrainDealWinModel).toMatchObject({ model: null, activated: false });
  });
});
