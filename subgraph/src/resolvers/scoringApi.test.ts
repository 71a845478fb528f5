import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { OPEN_LEAD_STATUSES } from '../services/leads/openLeadStatuses';
import { createTestApi, type TestApi } from '../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';

const NOW = new Date('2026-11-01T00:00:00Z');
const REP = { ...DEMO_PRINCIPAL, userId: 'user-rep-1', role: 'REP' as const };
const MANAGER = { ...DEMO_PRINCIPAL, userId: 'user-mgr-1', role: 'MANAGER' as const };
let db: TestDatabase;
let api: TestApi;

type Factor = { feature: string; label: string; value: string; contribution: number; text: string };
const sum = (factors: Factor[]) => factors.reduce((s, f) => s + f.contribution, 0);

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 5, leads: 700, now: NOW });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

async function ok<T>(
  query: string,
  variables?: Record<string, unknown>,
  principal = DEMO_PRINCIPAL,
): Promise<T> {
  const { data, errors } = await api.run<T>(query, variables, principal);
  expect(errors).toBeUndefined();
  return data as T;
}

const REFRESH = /* GraphQL */ `
  mutation ($ids: [ID!]) {
    refreshLeadScores(ids: $ids) {
      rescored
      run {
        id
        kind
        status
        total
        processed
        finishedAt
      }
    }
  }
`;

describe('scoring API', () => {
  it('refreshes all open leads, on the prior at first, and reports the run', async () => {
    const open = await db.prisma.lead.count({
      where: { tenantId: DEMO_PRINCIPAL.tenantId, status: { in: OPEN_LEAD_STATUSES } },
    });
    const { refreshLeadScores } = await ok<{
      refreshLeadScores: { rescored: number; run: { id: string } };
    }>(REFRESH, {}, MANAGER);
    expect(refreshLeadScores).toMatchObject({
      rescored: open,
      run: { kind: 'rescore', status: 'SUCCEEDED', total: open, processed: open },
    });
    const { scoringRun } = await ok<{ scoringRun: unknown }>(
      `query ($id: ID!) { scoringRun(id: $id) { status processed } }`,
      {
        id: refreshLeadScores.run.id,
      },
    );
    expect(scoringRun).toEqual({ status: 'SUCCEEDED', processed: open });
    const { activeScoringModel, leadScoreDistribution } = await ok<{
      activeScoringModel: { version: number; kind: string; metrics: null };
      leadScoreDistribution: { from: number; to: number; count: number }[];
    }>(
      `{ activeScoringModel { version kind active metrics { auc } } leadScoreDistribution { from to count } }`,
    );
    expect(activeScoringModel).toMatchObject({ version: 1, kind: 'PRIOR', metrics: null });
    expect(leadScoreDistribution).toHaveLength(10);
    expect(leadScoreDistribution.at(-1)).toMatchObject({ from: 90, to: 100 });
    expect(leadScoreDistribution.reduce((s, b) => s + b.count, 0)).toBe(open);
  });

  it('explains a lead exactly: baseline + Σ contributions = logit, with labels, values and the best improvement', async () => {
    const lead = await db.prisma.lead.findFirstOrThrow({
      where: { tenantId: DEMO_PRINCIPAL.tenantId, status: 'WORKING', customerId: { not: null } },
    });
    const { lead: result } = await ok<{
      lead: {
        score: number;
        probability: number;
        scoreExplanation: {
          baseline: number;
          logit: number;
          probability: number;
          factors: Factor[];
          topPositive: Factor[];
          topNegative: Factor[];
          bestImprovement: { feature: string; newScore: number } | null;
          model: { version: number; kind: string };
        };
      };
    }>(
      `query ($id: ID!) { lead(id: $id) { score probability scoreExplanation {
        baseline logit probability factors { feature label value contribution text }
        topPositive { feature label value contribution text } topNegative { feature contribution }
        bestImprovement { feature label from to newProbability newScore } model { version kind } } } }`,
      { id: lead.id },
    );
    const e = result.scoreExplanation;
    expect(Math.abs(e.baseline + sum(e.factors) - e.logit)).toBeLessThan(1e-9);
    expect(e.probability).toBeCloseTo(1 / (1 + Math.exp(-e.logit)), 12);
    expect(e.probability).toBeCloseTo(result.probability, 12);
    expect(Math.round(100 * e.probability)).toBe(result.score);
    expect(e.model).toEqual({ version: 1, kind: 'PRIOR' });
    const health = e.factors.find((f) => f.feature === 'healthScore')!;
    expect(health.label).toBe('Health score');
    expect(health.text).toMatch(/^Health score \d+ \([+−]\d+\.\d\d\)$/);
    expect(e.topPositive.every((f) => f.contribution > 0)).toBe(true);
    expect(e.topNegative.every((f) => f.contribution < 0)).toBe(true);
    if (e.bestImprovement) {
      expect([
        'emailsCount',
        'callsCount',
        'meetingsCount',
        'visitsCount',
        'daysSinceLastEngagement',
      ]).toContain(e.bestImprovement.feature);
      expect(e.bestImprovement.newScore).toBeGreaterThanOrEqual(result.score);
    }
  });

  it('explains the stored score, not one recomputed from signals that changed since', async () => {
    const lead = await db.prisma.lead.findFirstOrThrow({
      where: { tenantId: DEMO_PRINCIPAL.tenantId, status: 'WORKING', customerId: { not: null } },
    });
    const query = `query ($id: ID!) { lead(id: $id) { score probability scoreExplanation {
      baseline logit probability factors { feature value contribution } } } }`;
    type Explained = {
      lead: {
        score: number;
        probability: number;
        scoreExplanation: {
          baseline: number;
          logit: number;
          probability: number;
          factors: Factor[];
        };
      };
    };
    const before = (await ok<Explained>(query, { id: lead.id })).lead;
    const health = before.scoreExplanation.factors.find((f) => f.feature === 'healthScore')!;
    // The customer's health falls from whatever it was to 0 and 3 logged calls raise the counts;
    // nothing rescored the lead, so its score, and the explanation of it, stay as they were.
    await ok(
      'mutation ($id: ID!) { upsertCustomerSignals(input: { customerId: $id, healthScore: 0 }) { id } }',
      { id: lead.customerId },
    );
    await db.prisma.lead.update({ where: { id: lead.id }, data: { callsCount: { increment: 3 } } });
    const after = (await ok<Explained>(query, { id: lead.id })).lead;
    expect(after.score).toBe(before.score);
    expect(after.scoreExplanation.probability).toBeCloseTo(after.probability, 12);
    expect(after.scoreExplanation.logit).toBeCloseTo(before.scoreExplanation.logit, 12);
    const e = after.scoreExplanation;
    expect(Math.abs(e.baseline + sum(e.factors) - e.logit)).toBeLessThan(1e-9);
    const healthAfter = e.factors.find((f) => f.feature === 'healthScore')!;
    expect(healthAfter.contribution).toBe(health.contribution);
    // 0 is not the value that was scored: the factor names the scored bin, never today's 0.
    if (health.value !== '0') expect(healthAfter.value).not.toBe('0');
  });

  it('explains a past score exactly from its snapshot, and refuses a bad number of factors', async () => {
    const lead = await db.prisma.lead.findFirstOrThrow({
      where: { tenantId: DEMO_PRINCIPAL.tenantId, status: 'WORKING', score: { not: null } },
    });
    const { lead: result } = await ok<{
      lead: {
        scoreHistory: { probability: number; modelVersion: string; factors: Factor[] }[];
        top: { factors: Factor[] }[];
        scoreExplanation: { baseline: number };
      };
    }>(
      `query ($id: ID!) { lead(id: $id) {
        scoreHistory(first: 5) { probability modelVersion factors(top: 100) { feature label value contribution text } }
        top: scoreHistory(first: 5) { factors { feature contribution } }
        scoreExplanation { baseline } } }`,
      { id: lead.id },
    );
    const [latest] = result.scoreHistory;
    expect(latest).toBeDefined();
    const logit = Math.log(latest!.probability / (1 - latest!.probability));
    // every term of the model, and the baseline of the model that gave the score
    expect(latest!.factors.length).toBeGreaterThanOrEqual(10);
    expect(Math.abs(result.scoreExplanation.baseline + sum(latest!.factors) - logit)).toBeLessThan(
      1e-9,
    );
    const sizes = latest!.factors.map((f) => Math.abs(f.contribution));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(latest!.factors.find((f) => f.feature === 'healthScore')?.label).toBe('Health score');
    expect(result.top[0]!.factors).toHaveLength(5);

    // A snapshot from before bins were stored keeps the top factors it was written with.
    const old = await db.prisma.leadScoreSnapshot.create({
      data: {
        tenantId: DEMO_PRINCIPAL.tenantId,
        leadId: lead.id,
        probability: 0.5,
        score: 50,
        modelVersion: '1',
        createdAt: new Date('2026-01-01T00:00:00Z'),
        factors: [{ feature: 'source', value: 'referral', contribution: 0.25 }],
      },
    });
    const { lead: withOld } = await ok<{
      lead: { scoreHistory: { id: string; factors: Factor[] }[] };
    }>(
      `query ($id: ID!) { lead(id: $id) { scoreHistory { id factors { feature value contribution } } } }`,
      {
        id: lead.id,
      },
    );
    expect(withOld.scoreHistory.find((h) => h.id === old.id)?.factors).toEqual([
      { feature: 'source', value: 'referral', contribution: 0.25 },
    ]);

    for (const top of [0, 101]) {
      const { errors } = await api.run(
        `query ($id: ID!, $top: Int) { lead(id: $id) { scoreHistory { factors(top: $top) { feature } } } }`,
        { id: lead.id, top },
      );
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'top' });
    }
  });

  it('refuses retraining, imports and a tenant-wide refresh to reps', async () => {
    for (const query of [
      'mutation { retrainScoringModel { activated } }',
      'mutation { importLeadHistory(csv: "name") { imported } }',
      'mutation { refreshLeadScores { rescored } }',
    ]) {
      const { errors } = await api.run(query, {}, REP);
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lets a rep refresh the scores of named leads', async () => {
    const leads = await db.prisma.lead.findMany({
      where: { tenantId: DEMO_PRINCIPAL.tenantId, status: { in: OPEN_LEAD_STATUSES } },
      take: 3,
      orderBy: { id: 'asc' },
    });

    const { refreshLeadScores } = await ok<{ refreshLeadScores: { rescored: number } }>(
      REFRESH,
      { ids: leads.map((lead) => lead.id) },
      REP,
    );

    expect(refreshLeadScores.rescored).toBe(3);
  });

  it('refuses an empty list of leads to refresh, and records no run', async () => {
    const runs = await db.prisma.scoringRun.count();
    const { errors } = await api.run(REFRESH, { ids: [] }, REP);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/^ids: give at least one lead id/);
    expect(await db.prisma.scoringRun.count()).toBe(runs);
  });

  it('retrains, stores the model card, and keeps exactly one active model', async () => {
    const { retrainScoringModel } = await ok<{
      retrainScoringModel: {
        activated: boolean;
        reason: string;
        model: {
          version: number;
          kind: string;
          active: boolean;
          trainingRows: number;
          metrics: Record<string, unknown> & { calibration: unknown[] };
        };
      };
    }>(
      `mutation { retrainScoringModel { activated reason model { version kind active trainingRows trainingFrom trainingTo
        metrics { auc prAuc logLoss ece lift10 holdoutRows holdoutPositives evaluatedAt calibration { predicted observed count }
          comparedWith { version kind auc logLoss } } } } }`,
      {},
      MANAGER,
    );
    const { model } = retrainScoringModel;
    expect(model).toMatchObject({
      version: 2,
      kind: 'LEARNED',
      active: retrainScoringModel.activated,
    });
    expect(model.metrics).toMatchObject({ comparedWith: { version: 1, kind: 'PRIOR' } });
    expect(model.metrics.calibration.length).toBeGreaterThan(0);
    expect(retrainScoringModel.reason).toMatch(/AUC/);
    const { scoringModels, activeScoringModel } = await ok<{
      scoringModels: { version: number; active: boolean; metrics: unknown }[];
      activeScoringModel: { version: number };
    }>(
      `{ scoringModels { version active metrics { auc holdoutRows } } activeScoringModel { version } }`,
    );
    expect(scoringModels.map((m) => m.version)).toEqual([2, 1]);
    expect(scoringModels.filter((m) => m.active)).toHaveLength(1);
    expect(scoringModels[1]!.metrics).not.toBeNull(); // the prior, measured on the same holdout
    expect(activeScoringModel.version).toBe(retrainScoringModel.activated ? 2 : 1);
  });

  it('resolves Customer.leadScore as the best open lead, with an exact explanation', async () => {
    const best = await db.prisma.lead.findFirstOrThrow({
      where: {
        tenantId: DEMO_PRINCIPAL.tenantId,
        status: { in: OPEN_LEAD_STATUSES },
        customerId: { not: null },
      },
      orderBy: [{ score: 'desc' }, { id: 'asc' }],
    });
    const { _entities } = await ok<{
      _entities: {
        id: string;
        leadScore: {
          lead: { id: string };
          score: number;
          probability: number;
          band: string;
          modelVersion: string;
          explanation: { baseline: number; factors: Factor[] };
        } | null;
      }[];
    }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id leadScore {
        lead { id } score probability band modelVersion scoredAt explanation { baseline factors { feature label value contribution } } } } } }`,
      {
        r: [
          { __typename: 'Customer', id: best.customerId },
          { __typename: 'Customer', id: 'nobody' },
        ],
      },
    );
    const score = _entities[0]!.leadScore!;
    expect(score.lead.id).toBe(
      (
        await db.prisma.lead.findFirstOrThrow({
          where: {
            customerId: best.customerId,
            status: { in: OPEN_LEAD_STATUSES },
            score: { not: null },
          },
          orderBy: [{ score: 'desc' }, { id: 'asc' }],
        })
      ).id,
    );
    const logit = Math.log(score.probability / (1 - score.probability));
    expect(
      Math.abs(score.explanation.baseline + sum(score.explanation.factors) - logit),
    ).toBeLessThan(1e-9);
    expect(score.explanation.factors.some((f) => f.label === 'Deals won with this customer')).toBe(
      true,
    );
    expect(_entities[1]).toEqual({ id: 'nobody', leadScore: null });
  });

  it('imports lead history, reporting bad rows by line and keeping the rest', async () => {
    const csv = [
      'name,source,title,country,customerId,meetingsCount,createdAt,outcome,outcomeAt',
      'Ada Lovelace,referral,CTO,GB,,2,2025-01-10,WON,2025-03-01',
      'Bad Outcome,website,,US,,0,2025-01-10,MAYBE,2025-03-01',
      '"Multi, Line",event,"Head of\nData",DE,,1,2025-02-01,lost,2025-02-20',
      'No Date,website,,US,,0,,LOST,2025-03-01',
      'Ghost,website,,US,cus-unknown,0,2025-01-10,LOST,2025-03-01',
      'Short,row',
      'Backwards,website,,US,,0,2025-05-01,WON,2025-03-01',
    ].join('\n');
    const { importLeadHistory } = await ok<{
      importLeadHistory: {
        imported: number;
        skipped: number;
        errors: { line: number; message: string }[];
      };
    }>(
      'mutation ($csv: String!) { importLeadHistory(csv: $csv) { imported skipped errors { line message } } }',
      { csv },
      MANAGER,
    );
    expect(importLeadHistory.imported).toBe(2);
    expect(importLeadHistory.skipped).toBe(5);
    expect(importLeadHistory.errors).toEqual([
      { line: 3, message: 'outcome: must be WON or LOST' },
      { line: 6, message: expect.stringMatching(/^createdAt: /) },
      { line: 7, message: 'customerId: cus-unknown is not a known customer' },
      { line: 8, message: 'has 2 fields, the header has 9' },
      { line: 9, message: 'outcomeAt: must not be before createdAt' },
    ]);
    const imported = await db.prisma.lead.findMany({
      where: { name: { in: ['Ada Lovelace', 'Multi, Line'] } },
      orderBy: { name: 'asc' },
    });
    expect(
      imported.map((l) => [l.status, l.outcome, (l.metadata as { title?: string }).title]),
    ).toEqual([
      ['CONVERTED', 'WON', 'CTO'],
      ['DISQUALIFIED', 'LOST', 'Head of\nData'],
    ]);
    const { errors } = await api.run(
      'mutation { importLeadHistory(csv: "name,source\\nx,y") { imported } }',
      {},
      MANAGER,
    );
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(errors?.[0]?.message).toMatch(/lacks the column\(s\) createdAt, outcome, outcomeAt/);
  });
});
