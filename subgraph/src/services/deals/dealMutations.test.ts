import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { columnOrderProblems } from '../../testing/columnOrderProblems';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { learnedRatesSettled } from './recomputeLearnedRates';

let db: TestDatabase;
let api: TestApi;
const REP = { tenantId: DEMO_PRINCIPAL.tenantId, userId: 'user-rep-1', role: 'REP' as const };
const OTHER_TENANT = { tenantId: 'tenant-other', userId: 'intruder', role: 'ADMIN' as const };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 3, leads: 300, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

const snapshot = async () => ({
  deals: await db.prisma.deal.count(),
  activities: await db.prisma.activity.count(),
  versions: await db.prisma.deal.findMany({
    select: { id: true, version: true, stageId: true, position: true },
    orderBy: { id: 'asc' },
  }),
});

/** An open deal of the demo pipeline not used by another test yet (the newest). */
const openDeal = () =>
  db.prisma.deal.findFirstOrThrow({
    where: { pipelineId: 'pl-new', stage: { kind: 'OPEN' } },
    orderBy: { createdAt: 'desc' },
  });

async function positionsAreDense() {
  expect(await columnOrderProblems(db.prisma)).toEqual([]);
}

const CREATE = `mutation ($input: CreateDealInput!) { createDeal(input: $input) { id title value currency version position stage { id } owner { id } } }`;
const MOVE = `mutation ($id: ID!, $stageId: ID!, $position: Int!, $v: Int!) { moveDeal(id: $id, stageId: $stageId, position: $position, expectedVersion: $v) { id version position stage { id name } } }`;

describe('createDeal', () => {
  it('creates a deal first in its column (ADR 067) with its CREATED activity', async () => {
    const { data, errors } = await api.run<{
      createDeal: { id: string; value: string; position: number; currency: string };
    }>(CREATE, {
      input: {
        title: 'Big one',
        value: '12500.50',
        stageId: 'pl-new-st-0',
        customerId: 'cus-0001',
      },
    });
    expect(errors).toBeUndefined();
    expect(data!.createDeal).toMatchObject({ value: '12500.50', currency: 'USD', position: 0 });
    const activity = await db.prisma.activity.findFirst({
      where: { dealId: data!.createDeal.id, type: 'CREATED' },
    });
    expect(activity).not.toBeNull();
  });

  it.each([
    [{ title: 'x', value: '-5', stageId: 'pl-new-st-0' }, 'value'],
    [{ title: '  ', value: '5', stageId: 'pl-new-st-0' }, 'title'],
    [{ title: 'x', value: '5', stageId: 'nope' }, 'stageId'],
    [{ title: 'x', value: '5', stageId: 'pl-new-st-0', currency: 'dollars' }, 'currency'],
    // Three capital letters, but no currency: ISO 4217 has no XYZ (nor the IMF's unit XDR).
    [{ title: 'x', value: '5', stageId: 'pl-new-st-0', currency: 'XYZ' }, 'currency'],
    [{ title: 'x', value: '5', stageId: 'pl-new-st-0', currency: 'XDR' }, 'currency'],
    [{ title: 'x', value: '5', stageId: 'pl-new-st-0', customerId: 'cus-9999' }, 'customerId'],
  ])('refuses %j naming the field %s, writing nothing', async (input, field) => {
    const before = await snapshot();
    const { errors } = await api.run(CREATE, { input });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.field ?? errors?.[0]?.message).toContain(field);
    expect(await snapshot()).toEqual(before);
  });

  it("says so when the caller's own user, the default owner, is not one of the tenant's, writing nothing", async () => {
    const before = await snapshot();
    const ghost = { ...DEMO_PRINCIPAL, userId: 'user-ghost' };
    const input = { title: 'Ghost deal', value: '5', stageId: 'pl-new-st-0' };
    const { errors } = await api.run(CREATE, { input }, ghost);
    expect(errors?.[0]).toMatchObject({
      message:
        "ownerId: your user user-ghost is not one of this tenant's users, so the deal cannot be yours; name its owner in ownerId",
      extensions: { code: 'BAD_USER_INPUT', field: 'ownerId' },
    });
    // An ownerId the caller did send is named as the unknown user it is.
    const named = await api.run(CREATE, { input: { ...input, ownerId: 'nobody' } }, ghost);
    expect(named.errors?.[0]?.message).toBe('ownerId: unknown user nobody');
    expect(await snapshot()).toEqual(before);
  });

  it('returns the first result for a retried idempotency key, also when the retries race', async () => {
    const input = {
      title: 'Idempotent',
      value: '100',
      stageId: 'pl-new-st-1',
      idempotencyKey: 'key-race-1',
    };
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => api.run<{ createDeal: { id: string } }>(CREATE, { input })),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.createDeal.id)).size).toBe(1);
    expect(await db.prisma.deal.count({ where: { title: 'Idempotent' } })).toBe(1);
    const reused = await api.run(CREATE, { input: { ...input, value: '200' } });
    expect(reused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Another user's request with the same key and input is not a retry of this one: it was
    // answered with the first user's deal, and created nothing of its own.
    const byRep = await createTestApi(db.prisma, REP).run(CREATE, { input });
    expect(byRep.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'idempotencyKey',
    });
    expect(await db.prisma.deal.count({ where: { title: 'Idempotent' } })).toBe(1);
  });

  it('starts a deal in an open stage only: won or lost come after, with their entry and reason', async () => {
    const closed = await db.prisma.pipelineStage.findMany({
      where: { pipelineId: 'pl-new', kind: { in: ['WON', 'LOST'] } },
      orderBy: { kind: 'asc' },
    });
    expect(closed.map((stage) => stage.kind).sort()).toEqual(['LOST', 'WON']);
    const before = await snapshot();
    for (const stage of closed) {
      const { errors } = await api.run(CREATE, {
        input: { title: 'Closed at birth', value: '5', stageId: stage.id },
      });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageId' });
      expect(errors?.[0]?.message).toMatch(
        stage.kind === 'WON'
          ? /^stageId: a new deal starts in an open stage; mark it won \(markDealWon\)/
          : /^stageId: a new deal starts in an open stage; mark it lost with a reason/,
      );
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('moveDeal', () => {
  it('moves across columns, keeps positions dense and records the stage change', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { stageId: 'pl-new-st-0' },
      orderBy: { position: 'asc' },
    });
    const { data, errors } = await api.run<{
      moveDeal: { version: number; position: number; stage: { id: string } };
    }>(MOVE, {
      id: deal.id,
      stageId: 'pl-new-st-2',
      position: 1,
      v: deal.version,
    });
    expect(errors).toBeUndefined();
    expect(data!.moveDeal).toMatchObject({
      version: deal.version + 1,
      position: 1,
      stage: { id: 'pl-new-st-2' },
    });
    const activity = await db.prisma.activity.findFirst({
      where: { dealId: deal.id, type: 'STAGE_CHANGED' },
      orderBy: { createdAt: 'desc' },
    });
    expect(activity?.payload).toMatchObject({
      fromStageId: 'pl-new-st-0',
      toStageId: 'pl-new-st-2',
    });
    await positionsAreDense();
  });

  it('reorders within a column', async () => {
    const deals = await db.prisma.deal.findMany({
      where: { stageId: 'pl-new-st-1' },
      orderBy: { position: 'asc' },
    });
    const last = deals.at(-1)!;
    const { errors } = await api.run(MOVE, {
      id: last.id,
      stageId: 'pl-new-st-1',
      position: 0,
      v: last.version,
    });
    expect(errors).toBeUndefined();
    const after = await db.prisma.deal.findMany({
      where: { stageId: 'pl-new-st-1' },
      orderBy: { position: 'asc' },
    });
    expect(after.map((d) => d.id)).toEqual([last.id, ...deals.slice(0, -1).map((d) => d.id)]);
  });

  it('writes nothing when the deal is already where it is moved to', async () => {
    const deal = await openDeal();
    const index = await db.prisma.deal.count({
      where: {
        stageId: deal.stageId,
        OR: [{ position: { lt: deal.position } }, { position: deal.position, id: { lt: deal.id } }],
      },
    });
    const before = await snapshot();
    const { data, errors } = await api.run<{ moveDeal: { version: number; position: number } }>(
      MOVE,
      { id: deal.id, stageId: deal.stageId, position: index, v: deal.version },
    );
    expect(errors).toBeUndefined();
    expect(data!.moveDeal).toMatchObject({ version: deal.version, position: index });
    expect(await snapshot()).toEqual(before);
    const stale = await api.run(MOVE, {
      id: deal.id,
      stageId: deal.stageId,
      position: index,
      v: deal.version - 1,
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('fails with CONFLICT on a stale version and changes nothing', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({ where: { stageId: 'pl-new-st-1' } });
    const before = await snapshot();
    const { errors } = await api.run(MOVE, {
      id: deal.id,
      stageId: 'pl-new-st-3',
      position: 0,
      v: deal.version - 1,
    });
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
  });

  it('lets exactly one of two concurrent moves of a deal win', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({ where: { stageId: 'pl-new-st-1' } });
    const results = await Promise.all([
      api.run(MOVE, { id: deal.id, stageId: 'pl-new-st-2', position: 0, v: deal.version }),
      api.run(MOVE, { id: deal.id, stageId: 'pl-new-st-3', position: 0, v: deal.version }),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect((await db.prisma.deal.findUniqueOrThrow({ where: { id: deal.id } })).version).toBe(
      deal.version + 1,
    );
    await positionsAreDense();
  });

  it('keeps positions dense under many concurrent moves into one column', async () => {
    const deals = await db.prisma.deal.findMany({ where: { stageId: 'pl-new-st-0' }, take: 8 });
    const results = await Promise.all(
      deals.map((d, i) =>
        api.run(MOVE, { id: d.id, stageId: 'pl-new-st-3', position: i % 3, v: d.version }),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    await positionsAreDense();
  });

  it('refuses a stage of another pipeline', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { pipelineId: 'pl-new', stage: { kind: 'OPEN' } },
    });
    const before = await snapshot();
    const { errors } = await api.run(MOVE, {
      id: deal.id,
      stageId: 'pl-exp-st-0',
      position: 0,
      v: deal.version,
    });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageId' });
    expect(await snapshot()).toEqual(before);
  });

  it('moves into a LOST stage only with a reason, and clears the reason on reopening', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { pipelineId: 'pl-new', stage: { kind: 'OPEN' } },
      orderBy: { id: 'desc' },
    });
    const lostStage = await db.prisma.pipelineStage.findFirstOrThrow({
      where: { pipelineId: 'pl-new', kind: 'LOST' },
    });
    const move = `mutation ($id: ID!, $stageId: ID!, $v: Int!, $reason: String) {
      moveDeal(id: $id, stageId: $stageId, position: 0, expectedVersion: $v, lostReason: $reason) {
        version lostReason closedAt stage { kind } } }`;
    const before = await snapshot();

    for (const reason of [
      undefined,
      '   ',
      'x'.repeat(fieldLimits.Mutation.moveDeal.lostReason + 1),
    ]) {
      const refused = await api.run(move, {
        id: deal.id,
        stageId: lostStage.id,
        v: deal.version,
        reason,
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'lostReason',
      });
    }
    expect(await snapshot()).toEqual(before);

    const lost = await api.run<{ moveDeal: { version: number; lostReason: string } }>(move, {
      id: deal.id,
      stageId: lostStage.id,
      v: deal.version,
      reason: '  Budget cut ',
    });
    expect(lost.errors).toBeUndefined();
    expect(lost.data!.moveDeal).toMatchObject({
      lostReason: 'Budget cut',
      stage: { kind: 'LOST' },
    });
    const activity = await db.prisma.activity.findFirstOrThrow({
      where: { dealId: deal.id, type: 'LOST' },
    });
    expect(activity.body).toBe('Budget cut');

    const reopened = await api.run<{ moveDeal: unknown }>(move, {
      id: deal.id,
      stageId: deal.stageId,
      v: lost.data!.moveDeal.version,
      reason: 'ignored',
    });
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data!.moveDeal).toMatchObject({
      lostReason: null,
      closedAt: null,
      stage: { kind: 'OPEN' },
    });
  });

  it('marks a deal won, sets the lead outcome and learns stage conversion rates', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { pipelineId: 'pl-new', stage: { kind: 'OPEN' }, leadId: { not: null } },
    });
    const { errors } = await api.run(
      'mutation ($id: ID!, $v: Int!) { markDealWon(id: $id, expectedVersion: $v) { closedAt stage { kind } } }',
      { id: deal.id, v: deal.version },
    );
    expect(errors).toBeUndefined();
    expect((await db.prisma.lead.findUniqueOrThrow({ where: { id: deal.leadId! } })).outcome).toBe(
      'WON',
    );
    await learnedRatesSettled(db.prisma);
    const stages = await db.prisma.pipelineStage.findMany({
      where: { pipelineId: 'pl-new', kind: 'OPEN' },
    });
    for (const stage of stages) {
      expect(stage.learnedConversionRate).toBeGreaterThan(0);
      expect(stage.learnedConversionRate).toBeLessThanOrEqual(1);
    }
    expect(stages.find((s) => s.name === 'Qualification')?.probability).toBe(0.1);
    const lost = await api.run(
      'mutation ($id: ID!, $v: Int!) { markDealLost(id: $id, expectedVersion: $v, reason: "") { id } }',
      { id: deal.id, v: deal.version + 1 },
    );
    expect(lost.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('marks a won deal won again without writing anything, changes a lost reason; a stale version is still CONFLICT', async () => {
    const WON =
      'mutation ($id: ID!, $v: Int!) { markDealWon(id: $id, expectedVersion: $v) { id version } }';
    const LOST =
      'mutation ($id: ID!, $v: Int!, $r: String!) { markDealLost(id: $id, expectedVersion: $v, reason: $r) { id version lostReason } }';
    const deal = await openDeal();
    const won = await api.run<{ markDealWon: { version: number } }>(WON, {
      id: deal.id,
      v: deal.version,
    });
    expect(won.errors).toBeUndefined();
    const version = won.data!.markDealWon.version;
    const before = await snapshot();
    // It bumped the version and logged a move from position 0 to 0.
    const again = await api.run(WON, { id: deal.id, v: version });
    expect(again).toMatchObject({
      errors: undefined,
      data: { markDealWon: { id: deal.id, version } },
    });
    expect(await snapshot()).toEqual(before);
    const stale = await api.run(WON, { id: deal.id, v: version - 1 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: version,
    });
    // Lost for the same reason twice: one write.
    const lost = await api.run<{ markDealLost: { version: number } }>(LOST, {
      id: deal.id,
      v: version,
      r: 'Budget',
    });
    const lostVersion = lost.data!.markDealLost.version;
    const sameReason = await api.run(LOST, { id: deal.id, v: lostVersion, r: ' Budget ' });
    expect(sameReason.data).toEqual({
      markDealLost: { id: deal.id, version: lostVersion, lostReason: 'Budget' },
    });
    // Another reason is a change of the reason (it was dropped while the version moved on).
    const otherReason = await api.run(LOST, { id: deal.id, v: lostVersion, r: 'Timing' });
    expect(otherReason.data).toEqual({
      markDealLost: { id: deal.id, version: lostVersion + 1, lostReason: 'Timing' },
    });
    expect(
      await db.prisma.activity.findFirst({
        where: { dealId: deal.id, type: 'UPDATED' },
        orderBy: { createdAt: 'desc' },
      }),
    ).toMatchObject({ payload: { lostReason: { from: 'Budget', to: 'Timing' } } });
  });
});

describe('tenancy and roles', () => {
  it("treats another tenant's ids as unknown for reads, writes and entities", async () => {
    const deal = await db.prisma.deal.findFirstOrThrow();
    expect(
      (await api.run(`{ deal(id: "${deal.id}") { id } }`, undefined, OTHER_TENANT)).data,
    ).toEqual({ deal: null });
    const entities = await api.run(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Deal { id } } }',
      { r: [{ __typename: 'Deal', id: deal.id }] },
      OTHER_TENANT,
    );
    expect(entities.data).toEqual({ _entities: [null] });
    const move = await api.run(
      MOVE,
      { id: deal.id, stageId: deal.stageId, position: 0, v: deal.version },
      OTHER_TENANT,
    );
    expect(move.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const leads = await api.run<{ leads: { totalCount: number } }>(
      '{ leads { totalCount } }',
      undefined,
      OTHER_TENANT,
    );
    expect(leads.data!.leads.totalCount).toBe(0);
  });

  it('lets reps change only their own deals and no stage settings', async () => {
    const others = await db.prisma.deal.findFirstOrThrow({
      where: { ownerId: 'user-rep-2', stage: { kind: 'OPEN' } },
    });
    const denied = await api.run(
      MOVE,
      { id: others.id, stageId: others.stageId, position: 0, v: others.version },
      REP,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await db.prisma.deal.findFirstOrThrow({
      where: { ownerId: 'user-rep-1', stage: { kind: 'OPEN' } },
    });
    const allowed = await api.run(
      MOVE,
      { id: own.id, stageId: own.stageId, position: 0, v: own.version },
      REP,
    );
    expect(allowed.errors).toBeUndefined();
    const stage = await api.run(
      'mutation { createStage(input: { pipelineId: "pl-new", name: "Mine" }) { id } }',
      undefined,
      REP,
    );
    expect(stage.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
