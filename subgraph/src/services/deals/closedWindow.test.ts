import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';

// `closedWithinDays` (ADR 081): open deals and the deals closed in the last N days. The board's
// Won and Lost zones total the last 90 days; what they show must be what the deals say.
let db: TestDatabase;
let api: TestApi;
const DAY = 86_400_000;
const PIPELINE = 'pl-new';

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 3, leads: 60, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
  // Closes on either side of the window's edge, in a currency of their own so their sums show.
  const [won, lost] = await db.prisma.pipelineStage.findMany({
    where: { pipelineId: PIPELINE, kind: { not: 'OPEN' } },
    orderBy: { kind: 'asc' },
  });
  expect([won!.kind, lost!.kind]).toEqual(['WON', 'LOST'] as never);
  const closed = (id: string, stageId: string, daysAgo: number, value: string) => ({
    id,
    tenantId: DEMO_PRINCIPAL.tenantId,
    pipelineId: PIPELINE,
    stageId,
    title: id,
    value,
    currency: 'CHF',
    position: `z-${id}`,
    stageEnteredAt: new Date(Date.now() - daysAgo * DAY),
    closedAt: new Date(Date.now() - daysAgo * DAY),
  });
  await db.prisma.deal.createMany({
    data: [
      closed('won-89d', won!.id, 89, '100.00'),
      closed('won-91d', won!.id, 91, '200.00'),
      closed('won-400d', won!.id, 400, '400.00'),
      closed('lost-5d', lost!.id, 5, '800.00'),
      closed('lost-120d', lost!.id, 120, '1600.00'),
    ],
  });
});
afterAll(() => db?.drop());

type Stage = {
  id: string;
  kind: string;
  dealCount: number;
  totals: { currency: string; amount: string }[];
  everCount: number;
};
const FIGURES = `query ($filter: DealFilter) { pipeline(id: "${PIPELINE}") { stages {
  id kind dealCount(filter: $filter) totals(filter: $filter) { currency amount }
  everCount: dealCount } } }`;

async function stages(filter: Record<string, unknown> | null) {
  const { data, errors } = await api.run<{ pipeline: { stages: Stage[] } }>(FIGURES, { filter });
  expect(errors).toBeUndefined();
  return data!.pipeline.stages;
}

describe('closedWithinDays', () => {
  it("a closed stage's figures are its deals closed in the window; an open stage's, all its deals", async () => {
    const since = new Date(Date.now() - 90 * DAY);
    const windowed = await stages({ closedWithinDays: 90 });
    for (const stage of windowed) {
      const expected = await db.prisma.deal.findMany({
        where: {
          stageId: stage.id,
          ...(stage.kind === 'OPEN' ? {} : { closedAt: { gte: since } }),
        },
        select: { value: true, currency: true },
      });
      expect(stage.dealCount).toBe(expected.length);
      const chf = expected
        .filter((deal) => deal.currency === 'CHF')
        .reduce((sum, deal) => sum + Number(deal.value), 0);
      const shown = stage.totals.find((total) => total.currency === 'CHF');
      expect(Number(shown?.amount ?? 0)).toBe(chf);
      if (stage.kind === 'OPEN') expect(stage.dealCount).toBe(stage.everCount);
    }
    const byKind = Object.fromEntries(windowed.map((s) => [s.kind, s]));
    // 89 days ago is in, 91 is out; 5 days ago in, 120 out.
    expect(byKind.WON!.totals.find((t) => t.currency === 'CHF')?.amount).toBe('100.00');
    expect(byKind.LOST!.totals.find((t) => t.currency === 'CHF')?.amount).toBe('800.00');
  });

  it('without it, every deal ever closed, as before', async () => {
    const all = Object.fromEntries((await stages(null)).map((s) => [s.kind, s]));
    expect(all.WON!.totals.find((t) => t.currency === 'CHF')?.amount).toBe('700.00');
    expect(all.LOST!.totals.find((t) => t.currency === 'CHF')?.amount).toBe('2400.00');
    expect(all.WON!.dealCount).toBe(all.WON!.everCount);
  });

  it('combines with the other filters: status and value', async () => {
    const won = (await stages({ closedWithinDays: 90, status: 'WON', minValue: '50' })).map(
      (s) => [s.kind, s.dealCount] as const,
    );
    for (const [kind, count] of won) {
      if (kind !== 'WON') expect(count).toBe(0);
    }
    const expected = await db.prisma.deal.count({
      where: {
        pipelineId: PIPELINE,
        stage: { kind: 'WON' },
        value: { gte: 50 },
        closedAt: { gte: new Date(Date.now() - 90 * DAY) },
      },
    });
    expect(Object.fromEntries(won).WON).toBe(expected);
  });

  it('the deal list keeps open deals and the deals closed in the window', async () => {
    const since = new Date(Date.now() - 90 * DAY);
    const expected = await db.prisma.deal.count({
      where: {
        pipelineId: PIPELINE,
        OR: [{ closedAt: null }, { closedAt: { gte: since } }],
      },
    });
    const { data, errors } = await api.run<{
      deals: { totalCount: number; edges: { node: { id: string } }[] };
    }>(
      `{ deals(filter: { pipelineId: "${PIPELINE}", closedWithinDays: 90 }, first: 500) {
        totalCount edges { node { id } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.deals.totalCount).toBe(expected);
    const ids = data!.deals.edges.map((edge) => edge.node.id);
    expect(ids).toContain('won-89d');
    expect(ids).toContain('lost-5d');
    expect(ids).not.toContain('won-91d');
    expect(ids).not.toContain('lost-120d');
  });

  it('a deal won now counts in the window at once', async () => {
    const before = (await stages({ closedWithinDays: 90 })).find((s) => s.kind === 'WON')!;
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { pipelineId: PIPELINE, stage: { kind: 'OPEN' } },
    });
    const { errors } = await api.run(
      `mutation ($id: ID!, $v: Int!) { markDealWon(id: $id, expectedVersion: $v) { id } }`,
      { id: deal.id, v: deal.version },
    );
    expect(errors).toBeUndefined();
    const after = (await stages({ closedWithinDays: 90 })).find((s) => s.kind === 'WON')!;
    expect(after.dealCount).toBe(before.dealCount + 1);
  });

  it.each([0, -1, 3661])('closedWithinDays %s is refused as BAD_USER_INPUT', async (days) => {
    const { errors } = await api.run(FIGURES, { filter: { closedWithinDays: days } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/closedWithinDays/);
  });
});
