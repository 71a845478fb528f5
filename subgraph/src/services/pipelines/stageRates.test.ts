import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import {
  learnedRatesSettled,
  recomputeAllLearnedRates,
  recomputeLearnedRates,
} from '../deals/recomputeLearnedRates';

let db: TestDatabase;
let api: TestApi;
const REP = { tenantId: DEMO_PRINCIPAL.tenantId, userId: 'user-rep-1', role: 'REP' as const };
const OTHER_TENANT = { tenantId: 'tenant-other', userId: 'intruder', role: 'ADMIN' as const };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 5, leads: 200, now: new Date() });
  await recomputeAllLearnedRates(db.prisma);
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

type Stage = {
  id: string;
  name: string;
  order: number;
  kind: string;
  probability: number | null;
  learnedConversionRate: number | null;
  learnedSampleSize: number;
  priorProbability: number | null;
  effectiveProbability: number | null;
};
type Pipeline = {
  id: string;
  stageRateWindowMonths: number;
  stageRatesComputedAt: string | null;
  stageRatesClosedDeals: number;
  stages: Stage[];
};
const PIPELINES = `{ pipelines { id stageRateWindowMonths stageRatesComputedAt stageRatesClosedDeals
  stages { id name order kind probability learnedConversionRate learnedSampleSize priorProbability effectiveProbability } } }`;

async function pipeline(id = 'pl-new'): Promise<Pipeline> {
  const { data, errors } = await api.run<{ pipelines: Pipeline[] }>(PIPELINES);
  expect(errors).toBeUndefined();
  return data!.pipelines.find((p) => p.id === id)!;
}
const open = (p: Pipeline) => p.stages.filter((s) => s.kind === 'OPEN');

describe('stage rates learned from the deal history', () => {
  it('gives every open stage a rate, non-decreasing along the stages, with its prior and sample', async () => {
    const { data } = await api.run<{ pipelines: Pipeline[] }>(PIPELINES);
    for (const p of data!.pipelines) {
      expect(p.stageRatesComputedAt).not.toBeNull();
      expect(p.stageRateWindowMonths).toBe(12);
      const rates = open(p).map((s) => s.effectiveProbability!);
      expect(rates.every((r) => r > 0 && r < 1)).toBe(true);
      expect(rates).toEqual([...rates].sort((a, b) => a - b));
      for (const s of open(p)) {
        expect(s.priorProbability).toBe(s.probability ?? s.priorProbability);
        if (s.learnedConversionRate !== null) expect(s.learnedSampleSize).toBeGreaterThanOrEqual(5);
      }
      for (const s of p.stages.filter((s) => s.kind !== 'OPEN')) {
        expect(s.effectiveProbability).toBe(s.kind === 'WON' ? 1 : 0);
        expect(s.priorProbability).toBeNull();
      }
    }
    const demo = await pipeline();
    expect(demo.stageRatesClosedDeals).toBeGreaterThan(20);
    expect(open(demo).some((s) => s.learnedSampleSize >= 5)).toBe(true);
  });

  it('moving a deal forward on a fresh start never lowers the weighted pipeline', async () => {
    const p = await pipeline();
    const [from, to] = open(p);
    const deal = await db.prisma.deal.findFirstOrThrow({ where: { stageId: from!.id } });
    const weighted = async () => {
      const { data } = await api.run<{
        pipelines: { id: string; stages: { weightedTotals: { amount: string }[] }[] }[];
      }>('{ pipelines { id stages { weightedTotals { amount } } } }');
      return data!.pipelines
        .find((x) => x.id === p.id)!
        .stages.flatMap((s) => s.weightedTotals)
        .reduce((sum, t) => sum + Number(t.amount), 0);
    };
    const before = await weighted();
    const moved = await api.run(
      'mutation ($id: ID!, $stageId: ID!, $v: Int!) { moveDeal(id: $id, stageId: $stageId, position: 0, expectedVersion: $v) { id } }',
      { id: deal.id, stageId: to!.id, v: deal.version },
    );
    expect(moved.errors).toBeUndefined();
    await learnedRatesSettled(db.prisma);
    expect(await weighted()).toBeGreaterThanOrEqual(before);
  });

  it('a stage added now has no learned rate and sits between its neighbours', async () => {
    const p = await pipeline();
    const [first, second] = open(p);
    const { data, errors } = await api.run<{ createStage: Stage }>(
      `mutation ($input: CreateStageInput!) { createStage(input: $input) {
        id name order kind probability learnedConversionRate learnedSampleSize priorProbability effectiveProbability } }`,
      { input: { pipelineId: p.id, name: 'Demo booked', order: second!.order } },
    );
    expect(errors).toBeUndefined();
    expect(data!.createStage).toMatchObject({ learnedConversionRate: null, learnedSampleSize: 0 });
    const after = await pipeline();
    const rates = open(after).map((s) => s.effectiveProbability!);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    const added = after.stages.find((s) => s.id === data!.createStage.id)!;
    expect(added.effectiveProbability).toBeGreaterThanOrEqual(
      after.stages.find((s) => s.id === first!.id)!.effectiveProbability!,
    );
    expect(added.effectiveProbability).toBeLessThan(1);
  });

  it('a hand value becomes the prior at once', async () => {
    const stage = open(await pipeline()).at(-1)!;
    const { errors } = await api.run(
      'mutation ($id: ID!) { updateStage(id: $id, input: { probability: 0.85 }) { id } }',
      { id: stage.id },
    );
    expect(errors).toBeUndefined();
    const updated = (await pipeline()).stages.find((s) => s.id === stage.id)!;
    expect(updated).toMatchObject({ probability: 0.85, priorProbability: 0.85 });
  });

  it('learns from the chosen window only; bad windows, reps and other tenants are refused', async () => {
    const SET = `mutation ($id: ID!, $months: Int!) { setStageRateWindow(pipelineId: $id, months: $months) {
      stageRateWindowMonths stageRatesClosedDeals } }`;
    const before = await pipeline();
    const short = await api.run<{
      setStageRateWindow: { stageRateWindowMonths: number; stageRatesClosedDeals: number };
    }>(SET, { id: before.id, months: 1 });
    expect(short.errors).toBeUndefined();
    expect(short.data!.setStageRateWindow.stageRateWindowMonths).toBe(1);
    expect(short.data!.setStageRateWindow.stageRatesClosedDeals).toBeLessThan(
      before.stageRatesClosedDeals,
    );
    for (const months of [0, 61, -3]) {
      const refused = await api.run(SET, { id: before.id, months });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const rep = await createTestApi(db.prisma, REP).run(SET, { id: before.id, months: 6 });
    expect(rep.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await createTestApi(db.prisma, OTHER_TENANT).run(SET, {
      id: before.id,
      months: 6,
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await pipeline()).stageRateWindowMonths).toBe(1);
    const back = await api.run(SET, { id: before.id, months: 12 });
    expect(back.errors).toBeUndefined();
  });

  it("counts the closed deals of the dashboard's 12 months: whole UTC days that end today", async () => {
    const { id, stages } = await pipeline();
    const now = new Date('2026-12-02T12:00:00Z');
    // Closed 18 hours into the day the window starts after: in the 12 months up to this moment,
    // but not in the dashboard's, which begin on Dec 3, 2025 (the board said 798 closed deals
    // where the dashboard counted 797).
    const closed = await db.prisma.deal.findFirstOrThrow({
      where: {
        pipelineId: id,
        stageId: { in: stages.filter((s) => s.kind !== 'OPEN').map((s) => s.id) },
      },
    });
    await db.prisma.deal.update({
      where: { id: closed.id },
      data: { closedAt: new Date('2025-12-02T18:00:00Z') },
    });
    try {
      await recomputeLearnedRates(db.prisma, DEMO_PRINCIPAL.tenantId, id, { now, rotting: false });
      const { data } = await api.run<{ pipelineStats: { wonCount: number; lostCount: number } }>(
        `query ($id: ID!) { pipelineStats(pipelineId: $id, from: "2025-12-03", to: "2026-12-02") { wonCount lostCount } }`,
        { id },
      );
      const counted = (await pipeline()).stageRatesClosedDeals;
      expect(counted).toBeGreaterThan(20);
      expect(counted).toBe(data!.pipelineStats.wonCount + data!.pipelineStats.lostCount);
    } finally {
      await db.prisma.deal.update({
        where: { id: closed.id },
        data: { closedAt: closed.closedAt },
      });
      await recomputeLearnedRates(db.prisma, DEMO_PRINCIPAL.tenantId, id);
    }
  });
});
