import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { createTestApi, type TestApi } from '../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';

let db: TestDatabase;
let api: TestApi;
const REP = { tenantId: DEMO_PRINCIPAL.tenantId, userId: 'user-rep-1', role: 'REP' as const };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 5, leads: 300, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

const counts = async () => ({
  leads: await db.prisma.lead.count(),
  deals: await db.prisma.deal.count(),
  activities: await db.prisma.activity.count(),
  stages: await db.prisma.pipelineStage.count(),
  customers: await db.prisma.customer.count(),
});

describe('leads', () => {
  it('creates, updates, assigns, qualifies and converts a lead into a linked deal', async () => {
    const created = await api.run<{ createLead: { id: string; status: string; company: string } }>(
      'mutation { createLead(input: { name: "Ada Byron", email: "ada@engine.example", company: "Engines", title: "CTO", source: "referral", customerId: "cus-0003" }) { id status company } }',
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createLead.id;
    expect(created.data!.createLead).toMatchObject({ status: 'NEW', company: 'Engines' });
    expect(
      (
        await api.run(
          `mutation { assignLead(id: "${id}", ownerId: "user-rep-2") { owner { id } } }`,
        )
      ).data,
    ).toEqual({ assignLead: { owner: { id: 'user-rep-2' } } });
    expect(
      (await api.run(`mutation { setLeadStatus(id: "${id}", status: QUALIFIED) { status } }`)).data,
    ).toEqual({ setLeadStatus: { status: 'QUALIFIED' } });
    const converted = await api.run<{
      convertLead: {
        id: string;
        customer: { id: string };
        lead: { id: string; status: string };
        owner: { id: string };
      };
    }>(
      `mutation { convertLead(input: { leadId: "${id}", stageId: "pl-new-st-0", value: "9000" }) { id customer { id } lead { id status } owner { id } } }`,
    );
    expect(converted.errors).toBeUndefined();
    expect(converted.data!.convertLead).toMatchObject({
      customer: { id: 'cus-0003' },
      lead: { id, status: 'CONVERTED' },
      owner: { id: 'user-rep-2' },
    });
    const types = (
      await db.prisma.activity.findMany({ where: { leadId: id }, orderBy: { occurredAt: 'asc' } })
    ).map((a) => a.type);
    expect(types).toEqual(['CREATED', 'ASSIGNED', 'STATUS_CHANGED', 'CONVERTED', 'CREATED']);
    const again = await api.run(
      `mutation { convertLead(input: { leadId: "${id}", stageId: "pl-new-st-0", value: "1" }) { id } }`,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Its status is its deal's now; the error names the argument sent (id), not the bulk one's.
    const status = await api.run(
      `mutation { setLeadStatus(id: "${id}", status: DISQUALIFIED) { status } }`,
    );
    expect(status.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(status.errors?.[0]?.message).toMatch(/^id: lead .* is converted; its deal carries on/);
  });

  it('refuses bad lead input and writes nothing', async () => {
    const before = await counts();
    for (const input of [
      '{ name: "", source: "web" }',
      '{ name: "A", source: "web", email: "not-an-email" }',
      '{ name: "A", source: "web site" }',
    ]) {
      const { errors } = await api.run(`mutation { createLead(input: ${input}) { id } }`);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await counts()).toEqual(before);
  });

  it("lets a rep take an unassigned lead but not someone else's", async () => {
    const free = await db.prisma.lead.findFirstOrThrow({ where: { ownerId: null } });
    const taken = await db.prisma.lead.findFirstOrThrow({ where: { ownerId: 'user-rep-3' } });
    expect(
      (
        await api.run(
          `mutation { assignLead(id: "${free.id}", ownerId: "user-rep-1") { id } }`,
          undefined,
          REP,
        )
      ).errors,
    ).toBeUndefined();
    const denied = await api.run(
      `mutation { assignLead(id: "${taken.id}", ownerId: "user-rep-1") { id } }`,
      undefined,
      REP,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('stages', () => {
  it('creates a stage and deletes it only into another stage, losing no deal', async () => {
    const created = await api.run<{ createStage: { id: string; order: number } }>(
      'mutation { createStage(input: { pipelineId: "pl-new", name: "Security review", order: 2, probability: 0.4, rottingDays: 10 }) { id order } }',
    );
    expect(created.errors).toBeUndefined();
    const stageId = created.data!.createStage.id;
    const deal = await db.prisma.deal.findFirstOrThrow({ where: { stageId: 'pl-new-st-1' } });
    await api.run(
      'mutation ($id: ID!, $s: ID!, $v: Int!) { moveDeal(id: $id, stageId: $s, position: 0, expectedVersion: $v) { id } }',
      { id: deal.id, s: stageId, v: deal.version },
    );
    const dealsBefore = await db.prisma.deal.count();
    const targetBefore = await db.prisma.deal.count({ where: { stageId: 'pl-new-st-2' } });
    const bad = await api.run(
      `mutation { deleteStage(id: "${stageId}", targetStageId: "pl-exp-st-0") { id } }`,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'targetStageId',
    });
    const { errors, data } = await api.run<{
      deleteStage: { stages: { id: string; order: number }[] };
    }>(
      `mutation { deleteStage(id: "${stageId}", targetStageId: "pl-new-st-2") { stages { id order } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.deleteStage.stages.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await db.prisma.deal.count()).toBe(dealsBefore);
    expect(await db.prisma.deal.count({ where: { stageId: 'pl-new-st-2' } })).toBe(
      targetBefore + 1,
    );
    expect((await db.prisma.deal.findUniqueOrThrow({ where: { id: deal.id } })).stageId).toBe(
      'pl-new-st-2',
    );
  });

  it('closes and reopens deals through a deleted stage with the side effects of a move', async () => {
    // A won deal whose lead converted: its stage deleted into an open stage reopens it, and the
    // lead's outcome (its training label) goes with it; deleted into Lost, it closes as lost.
    const pipelineId = 'pl-new';
    const won = await db.prisma.pipelineStage.findFirstOrThrow({
      where: { pipelineId, kind: 'WON' },
    });
    const lost = await db.prisma.pipelineStage.findFirstOrThrow({
      where: { pipelineId, kind: 'LOST' },
    });
    const open = await db.prisma.pipelineStage.findFirstOrThrow({
      where: { pipelineId, kind: 'OPEN' },
      orderBy: { order: 'asc' },
    });
    const wonDeal = await db.prisma.deal.findFirstOrThrow({
      where: { stageId: won.id, leadId: { not: null } },
    });
    expect(
      (await db.prisma.lead.findUniqueOrThrow({ where: { id: wonDeal.leadId! } })).outcome,
    ).toBe('WON');
    // A second Won stage to delete (a pipeline needs one), holding the won deal.
    const extra = await api.run<{ createStage: { id: string } }>(
      `mutation { createStage(input: { pipelineId: "${pipelineId}", name: "Won (old)", kind: WON }) { id } }`,
    );
    expect(extra.errors).toBeUndefined();
    const oldWon = extra.data!.createStage;
    await db.prisma.deal.update({ where: { id: wonDeal.id }, data: { stageId: oldWon.id } });
    const reopened = await api.run(
      `mutation { deleteStage(id: "${oldWon.id}", targetStageId: "${open.id}") { id } }`,
    );
    expect(reopened.errors).toBeUndefined();
    const deal = await db.prisma.deal.findUniqueOrThrow({ where: { id: wonDeal.id } });
    expect(deal).toMatchObject({ stageId: open.id, closedAt: null, lostReason: null });
    expect(
      await db.prisma.lead.findUniqueOrThrow({ where: { id: wonDeal.leadId! } }),
    ).toMatchObject({ outcome: null, outcomeAt: null });
    const activity = await db.prisma.activity.findFirstOrThrow({
      where: { dealId: wonDeal.id },
      orderBy: { occurredAt: 'desc' },
    });
    expect(activity.type).toBe('REOPENED');

    // Now its open stage's deals go to Lost: closed, a reason given, the lead's outcome LOST.
    const gone = await api.run<{ createStage: { id: string } }>(
      `mutation { createStage(input: { pipelineId: "${pipelineId}", name: "Doomed", kind: OPEN }) { id } }`,
    );
    expect(gone.errors).toBeUndefined();
    const doomed = gone.data!.createStage;
    await db.prisma.deal.update({ where: { id: wonDeal.id }, data: { stageId: doomed.id } });
    const closed = await api.run(
      `mutation { deleteStage(id: "${doomed.id}", targetStageId: "${lost.id}") { id } }`,
    );
    expect(closed.errors).toBeUndefined();
    const lostDeal = await db.prisma.deal.findUniqueOrThrow({ where: { id: wonDeal.id } });
    expect(lostDeal.stageId).toBe(lost.id);
    expect(lostDeal.closedAt).not.toBeNull();
    expect(lostDeal.lostReason).toBe('Stage "Doomed" was deleted');
    expect(
      (await db.prisma.lead.findUniqueOrThrow({ where: { id: wonDeal.leadId! } })).outcome,
    ).toBe('LOST');
  });

  it('logs a won deal dragged back to an open stage with moveDeal as reopened', async () => {
    const won = await db.prisma.deal.findFirstOrThrow({
      where: { pipelineId: 'pl-new', stage: { kind: 'WON' } },
      orderBy: { id: 'asc' },
    });
    const moved = await api.run(
      'mutation ($id: ID!, $v: Int!) { moveDeal(id: $id, stageId: "pl-new-st-1", position: 0, expectedVersion: $v) { id } }',
      { id: won.id, v: won.version },
    );
    expect(moved.errors).toBeUndefined();
    expect(await db.prisma.deal.findUniqueOrThrow({ where: { id: won.id } })).toMatchObject({
      stageId: 'pl-new-st-1',
      closedAt: null,
    });
    const entry = await db.prisma.activity.findFirstOrThrow({
      where: { dealId: won.id },
      orderBy: { occurredAt: 'desc' },
    });
    expect(entry.type).toBe('REOPENED');
  });

  it('validates stage settings and reorders stages', async () => {
    const bad = await api.run(
      'mutation { updateStage(id: "pl-new-st-0", input: { probability: 1.5 }) { id } }',
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'probability',
    });
    // A value and its clearing at once, and settings a closed stage never uses: refused.
    for (const [stageInput, field, message] of [
      ['probability: 0.5, clearProbability: true', 'probability', /not both/],
      ['rottingDays: 5, clearRottingDays: true', 'rottingDays', /not both/],
    ] as const) {
      const both = await api.run(
        `mutation { updateStage(id: "pl-new-st-0", input: { ${stageInput} }) { id } }`,
      );
      expect(both.errors?.[0]).toMatchObject({
        message: expect.stringMatching(message),
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }
    const wonStage = await db.prisma.pipelineStage.findFirstOrThrow({
      where: { pipelineId: 'pl-new', kind: 'WON' },
    });
    const onWon = await api.run(
      `mutation { updateStage(id: "${wonStage.id}", input: { probability: 0.3 }) { id } }`,
    );
    expect(onWon.errors?.[0]).toMatchObject({
      message: 'A Won stage has no probability or rotting days of its own',
      extensions: { code: 'BAD_USER_INPUT', field: 'probability' },
    });
    const newLost = await api.run(
      'mutation { createStage(input: { pipelineId: "pl-new", name: "Lost again", kind: LOST, rottingDays: 3 }) { id } }',
    );
    expect(newLost.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'rottingDays',
    });
    const ok = await api.run<{ updateStage: { probability: number; rottingDays: number } }>(
      'mutation { updateStage(id: "pl-new-st-0", input: { probability: 0.15, rottingDays: 9 }) { probability rottingDays } }',
    );
    expect(ok.data!.updateStage).toEqual({ probability: 0.15, rottingDays: 9 });
    const ids = (
      await db.prisma.pipelineStage.findMany({
        where: { pipelineId: 'pl-exp' },
        orderBy: { order: 'asc' },
      })
    ).map((s) => s.id);
    const partial = await api.run(
      'mutation ($ids: [ID!]!) { reorderStages(pipelineId: "pl-exp", stageIds: $ids) { id } }',
      { ids: ids.slice(1) },
    );
    expect(partial.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const swapped = [ids[1]!, ids[0]!, ...ids.slice(2)];
    const reordered = await api.run<{ reorderStages: { stages: { id: string }[] } }>(
      'mutation ($ids: [ID!]!) { reorderStages(pipelineId: "pl-exp", stageIds: $ids) { stages { id } } }',
      { ids: swapped },
    );
    expect(reordered.data!.reorderStages.stages.map((s) => s.id)).toEqual(swapped);
  });

  it('keeps the open stages before Won and Lost: where a new stage goes, and a reorder that breaks it refused', async () => {
    const stagesOf = () =>
      db.prisma.pipelineStage.findMany({
        where: { pipelineId: 'pl-exp' },
        orderBy: { order: 'asc' },
        select: { id: true, name: true, kind: true, order: true },
      });
    const before = await stagesOf();
    const open = before.filter((stage) => stage.kind === 'OPEN').length;
    expect(open).toBeLessThan(before.length);
    const create = (input: string) =>
      api.run<{ createStage: { order: number } }>(
        `mutation { createStage(input: { pipelineId: "pl-exp", ${input} }) { order } }`,
      );
    // Without an order, after the last open stage (it was appended after Won and Lost).
    expect((await create('name: "Legal review"')).data?.createStage.order).toBe(open);
    expect(
      (await create('name: "Security review", order: 2147483647')).data?.createStage.order,
    ).toBe(open + 1);
    expect(
      (await create('name: "Won elsewhere", kind: WON, order: 0')).data?.createStage.order,
    ).toBe(open + 2);
    const after = await stagesOf();
    expect(after.map((stage) => stage.order)).toEqual(after.map((_, i) => i));
    const firstClosed = after.findIndex((stage) => stage.kind !== 'OPEN');
    expect(firstClosed).toBe(open + 2);
    expect(after.slice(firstClosed).every((stage) => stage.kind !== 'OPEN')).toBe(true);

    const ids = after.map((stage) => stage.id);
    const wrong = [...ids];
    [wrong[firstClosed - 1], wrong[firstClosed]] = [ids[firstClosed]!, ids[firstClosed - 1]!];
    const refused = await api.run(
      'mutation ($ids: [ID!]!) { reorderStages(pipelineId: "pl-exp", stageIds: $ids) { id } }',
      { ids: wrong },
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: `stageIds: open stages come before Won and Lost ("Security review" is after "${after[firstClosed]!.name}")`,
      extensions: { code: 'BAD_USER_INPUT', field: 'stageIds' },
    });
    expect(await stagesOf()).toEqual(after);
  });
});

describe('activities and customer signals', () => {
  it("logs a call against a deal, counting it on the deal's lead", async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({ where: { leadId: { not: null } } });
    const lead = await db.prisma.lead.findUniqueOrThrow({ where: { id: deal.leadId! } });
    const { errors } = await api.run(
      `mutation { logActivity(input: { dealId: "${deal.id}", type: CALL, body: "Pricing call" }) { id type body } }`,
    );
    expect(errors).toBeUndefined();
    expect((await db.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } })).callsCount).toBe(
      lead.callsCount + 1,
    );
    expect(api.events.at(-1)).toEqual({
      name: 'lead/updated',
      data: { tenantId: DEMO_PRINCIPAL.tenantId, leadId: lead.id },
    });
    const empty = await api.run(`mutation { addNote(dealId: "${deal.id}", body: "   ") { id } }`);
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts a back-dated call without moving "last engaged" back', async () => {
    const lead = await db.prisma.lead.findFirstOrThrow({ where: { status: { not: 'CONVERTED' } } });
    const recent = new Date(Date.now() - 60_000);
    const weeksAgo = new Date(Date.now() - 21 * 86_400_000);
    for (const occurredAt of [recent, weeksAgo]) {
      const { errors } = await api.run(
        'mutation ($id: ID!, $at: DateTime!) { logActivity(input: { leadId: $id, type: CALL, body: "Call", occurredAt: $at }) { id } }',
        { id: lead.id, at: occurredAt.toISOString() },
      );
      expect(errors).toBeUndefined();
    }
    const after = await db.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(after.callsCount).toBe(lead.callsCount + 2);
    expect(after.lastEngagedAt?.toISOString()).toBe(recent.toISOString());
  });

  it('keeps a dated copy of the customer signals at each push', async () => {
    const customerId = 'cus-0002';
    const before = await db.prisma.customerSignalSnapshot.count({ where: { customerId } });
    for (const healthScore of [41, 42]) {
      const { errors } = await api.run(
        'mutation ($id: ID!, $h: Int!) { upsertCustomerSignals(input: { customerId: $id, healthScore: $h }) { id } }',
        { id: customerId, h: healthScore },
      );
      expect(errors).toBeUndefined();
    }
    const snapshots = await db.prisma.customerSignalSnapshot.findMany({
      where: { customerId },
      orderBy: { observedAt: 'asc' },
    });
    expect(snapshots).toHaveLength(before + 2);
    const customer = await db.prisma.customer.findUniqueOrThrow({ where: { id: customerId } });
    expect(snapshots.at(-1)).toMatchObject({
      tenantId: DEMO_PRINCIPAL.tenantId,
      healthScore: 42,
      seats: customer.seats,
      observedAt: customer.signalsUpdatedAt,
    });
    expect(snapshots.at(-2)!.healthScore).toBe(41);
  });

  it('upserts signals in a batch and refuses a bad row without writing any', async () => {
    const before = await counts();
    const bad = await api.run(
      'mutation ($i: [CustomerSignalsInput!]!) { upsertCustomerSignalsBatch(inputs: $i) }',
      {
        i: [
          { customerId: 'cus-new-1', healthScore: 80 },
          { customerId: 'cus-new-2', healthScore: 180 },
        ],
      },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'inputs.1',
    });
    expect(await counts()).toEqual(before);
    const ok = await api.run(
      'mutation ($i: [CustomerSignalsInput!]!) { upsertCustomerSignalsBatch(inputs: $i) }',
      {
        i: [
          { customerId: 'cus-new-1', healthScore: 80, plan: 'pro' },
          { customerId: 'cus-0001', healthScore: 12 },
        ],
      },
    );
    expect(ok.data).toEqual({ upsertCustomerSignalsBatch: 2 });
    expect(api.events.at(-1)).toEqual({
      name: 'customer/signals.updated',
      data: { tenantId: DEMO_PRINCIPAL.tenantId, customerIds: ['cus-new-1', 'cus-0001'] },
    });
    const { data } = await api.run<{
      _entities: { signals: { healthScore: number; plan: string } }[];
    }>(
      'query { _entities(representations: [{ __typename: "Customer", id: "cus-new-1" }]) { ... on Customer { signals { healthScore plan } } } }',
    );
    expect(data!._entities[0]!.signals).toEqual({ healthScore: 80, plan: 'pro' });
  });
});

describe('pipeline intelligence', () => {
  it('forecasts by month with targets and reports stage statistics', async () => {
    const { data, errors } = await api.run<{
      forecast: {
        month: string;
        weightedValue: string;
        totalValue: string;
        target: string | null;
      }[];
      pipelineStats: {
        winRate: number;
        wonCount: number;
        stages: { medianDays: number | null; stage: { kind: string } }[];
      };
    }>(
      `{ forecast(pipelineId: "pl-new", from: "2026-11-01", to: "2027-03-31", targets: [{ month: "2026-12", target: "50000" }]) { month totalValue weightedValue target }
         pipelineStats(pipelineId: "pl-new", from: "2025-01-01", to: "2026-11-01") { winRate wonCount stages { medianDays stage { kind } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.forecast.map((m) => m.month)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
    expect(data!.forecast[1]!.target).toBe('50000.00');
    for (const m of data!.forecast)
      expect(Number(m.weightedValue)).toBeLessThanOrEqual(Number(m.totalValue));
    expect(data!.forecast.some((m) => Number(m.totalValue) > 0)).toBe(true);
    expect(data!.pipelineStats.winRate).toBeGreaterThan(0);
    expect(data!.pipelineStats.winRate).toBeLessThan(1);
    expect(
      data!.pipelineStats.stages
        .filter((s) => s.stage.kind === 'OPEN')
        .every((s) => s.medianDays !== null),
    ).toBe(true);
  });
});
