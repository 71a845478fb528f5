import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { databaseFingerprint } from '../../security/databaseFingerprint';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { columnOrderProblems } from '../../testing/columnOrderProblems';
import { learnedRatesSettled } from '../deals/recomputeLearnedRates';

let db: TestDatabase;
let api: TestApi;
const TENANT = DEMO_PRINCIPAL.tenantId;
const REP = { tenantId: TENANT, userId: 'user-rep-1', role: 'REP' as const };
const OTHER_TENANT = { tenantId: 'tenant-other', userId: 'intruder', role: 'ADMIN' as const };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 5, leads: 300, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(async () => {
  await learnedRatesSettled(db.prisma);
  await db?.drop();
});

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const codes = (errors: Errors) => errors?.map((e) => e.extensions?.code);

async function run<T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  principal = DEMO_PRINCIPAL,
) {
  return api.run<T>(query, variables, principal);
}

/** Runs a call that must be refused with `code` and must write nothing. */
async function expectRefused(
  code: string,
  query: string,
  variables: Record<string, unknown>,
  principal = DEMO_PRINCIPAL,
) {
  await learnedRatesSettled(db.prisma);
  const before = await databaseFingerprint(db.prisma);
  const { errors } = await run(query, variables, principal);
  expect(codes(errors)).toEqual([code]);
  expect(await databaseFingerprint(db.prisma)).toEqual(before);
}

async function openDeal(ownerId?: string) {
  const deal = await db.prisma.deal.findFirstOrThrow({
    where: {
      tenantId: TENANT,
      stage: { pipelineId: 'pl-new', kind: 'OPEN' },
      ...(ownerId ? { ownerId } : {}),
    },
    orderBy: { id: 'asc' },
  });
  return deal;
}

const DELETE_DEAL = 'mutation ($id: ID!, $v: Int!) { deleteDeal(id: $id, expectedVersion: $v) }';
const RESTORE_DEAL =
  'mutation ($id: ID!) { restoreDeal(id: $id) { id version position stage { id } lead { id } } }';
const DELETE_LEAD = 'mutation ($id: ID!) { deleteLead(id: $id) }';
const RESTORE_LEAD =
  'mutation ($id: ID!) { restoreLead(id: $id) { id name deal { id } scoreHistory { id } } }';
const REOPEN =
  'mutation ($id: ID!, $v: Int!, $stageId: ID) { reopenDeal(id: $id, expectedVersion: $v, stageId: $stageId) { id version lostReason closedAt stage { id kind } } }';

describe('deleteDeal and restoreDeal', () => {
  it('hides a deleted deal from the board, lists and customer figures, and restores it as it was', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: {
        tenantId: TENANT,
        stage: { pipelineId: 'pl-new', kind: 'OPEN' },
        customerId: { not: null },
      },
      orderBy: { id: 'asc' },
    });
    const figures = `query ($c: ID!) {
      pipeline(id: "pl-new") { stages { id dealCount totals { amount } deals(first: 500) { id } } }
      deals(filter: { customerId: $c }, first: 500) { totalCount edges { node { id } } }
      _entities(representations: [{ __typename: "Customer", id: $c }]) {
        ... on Customer { openDealTotals { currency amount } deals { id } }
      }
    }`;
    const before = await run(figures, { c: deal.customerId });
    expect(JSON.stringify(before.data)).toContain(deal.id);

    const deleted = await run(DELETE_DEAL, { id: deal.id, v: deal.version });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data).toEqual({ deleteDeal: deal.id });
    const during = await run(figures, { c: deal.customerId });
    expect(JSON.stringify(during.data)).not.toContain(deal.id);
    expect(during.data).not.toEqual(before.data);
    expect((await run('query ($id: ID!) { deal(id: $id) { id } }', { id: deal.id })).data).toEqual({
      deal: null,
    });
    const logged = await db.prisma.activity.findFirstOrThrow({
      where: { dealId: deal.id, type: 'DELETED' },
    });
    expect(logged.payload).toMatchObject({ deleted: true, title: deal.title, restorableDays: 30 });

    const restored = await run<{ restoreDeal: { version: number; stage: { id: string } } }>(
      RESTORE_DEAL,
      { id: deal.id },
    );
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.restoreDeal).toMatchObject({
      version: deal.version + 1,
      stage: { id: deal.stageId },
    });
    const row = await db.prisma.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect({ ...row, version: row.version - 1, updatedAt: deal.updatedAt }).toEqual(deal);
    const after = await run(figures, { c: deal.customerId });
    expect(after.data).toEqual(before.data);
    expect(await db.prisma.activity.count({ where: { dealId: deal.id, type: 'RESTORED' } })).toBe(
      1,
    );
    expect(await db.prisma.deletedRecord.count({ where: { id: deal.id } })).toBe(0);
  });

  it('restores once: a second restore is NOT_FOUND and writes nothing', async () => {
    const deal = await openDeal();
    await run(DELETE_DEAL, { id: deal.id, v: deal.version });
    expect((await run(RESTORE_DEAL, { id: deal.id })).errors).toBeUndefined();
    await expectRefused('NOT_FOUND', RESTORE_DEAL, { id: deal.id });
  });

  it('refuses a restore past the 30-day window, and purges such rows on the next deletion', async () => {
    const deal = await openDeal();
    await run(DELETE_DEAL, { id: deal.id, v: deal.version });
    await db.prisma.deletedRecord.update({
      where: { kind_id: { kind: 'Deal', id: deal.id } },
      data: { deletedAt: new Date(Date.now() - 31 * 86_400_000) },
    });
    await expectRefused('NOT_FOUND', RESTORE_DEAL, { id: deal.id });
    const next = await openDeal();
    await run(DELETE_DEAL, { id: next.id, v: next.version });
    expect(await db.prisma.deletedRecord.count({ where: { id: deal.id } })).toBe(0);
    await run(RESTORE_DEAL, { id: next.id });
  });

  it('refuses a stale version, another tenant and a rep who does not own the deal, writing nothing', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: {
        tenantId: TENANT,
        stage: { pipelineId: 'pl-new', kind: 'OPEN' },
        ownerId: { not: REP.userId },
      },
    });
    await expectRefused('CONFLICT', DELETE_DEAL, { id: deal.id, v: deal.version + 1 });
    await expectRefused('NOT_FOUND', DELETE_DEAL, { id: deal.id, v: deal.version }, OTHER_TENANT);
    await expectRefused('FORBIDDEN', DELETE_DEAL, { id: deal.id, v: deal.version }, REP);
    await run(DELETE_DEAL, { id: deal.id, v: deal.version });
    await expectRefused('NOT_FOUND', RESTORE_DEAL, { id: deal.id }, OTHER_TENANT);
    await expectRefused('FORBIDDEN', RESTORE_DEAL, { id: deal.id }, REP);
    expect((await run(RESTORE_DEAL, { id: deal.id })).errors).toBeUndefined();
  });

  it("restores a deal whose stage was deleted meanwhile open, at the end of its pipeline's first open column", async () => {
    const created = await run<{ createStage: { id: string } }>(
      'mutation { createStage(input: { pipelineId: "pl-new", name: "Doomed" }) { id } }',
    );
    const stageId = created.data!.createStage.id;
    const made = await run<{ createDeal: { id: string; version: number } }>(
      'mutation ($s: ID!) { createDeal(input: { title: "In doomed", value: "5", stageId: $s }) { id version } }',
      { s: stageId },
    );
    const { id, version } = made.data!.createDeal;
    await run(DELETE_DEAL, { id, v: version });
    await run('mutation ($id: ID!) { deleteStage(id: $id, targetStageId: "pl-new-st-0") { id } }', {
      id: stageId,
    });
    // It was refused (CONFLICT) every time while the trash listed it as restorable.
    const first = await db.prisma.pipelineStage.findFirstOrThrow({
      where: { pipelineId: 'pl-new', kind: 'OPEN' },
      orderBy: [{ order: 'asc' }, { id: 'asc' }],
    });
    const column = await db.prisma.deal.count({ where: { stageId: first.id } });
    const { data, errors } = await run<{
      restoreDeal: { id: string; version: number; position: number; stage: { id: string } };
    }>(RESTORE_DEAL, { id });
    expect(errors).toBeUndefined();
    expect(data!.restoreDeal).toMatchObject({
      id,
      version: version + 1,
      position: column,
      stage: { id: first.id },
    });
    const row = await db.prisma.deal.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ closedAt: null, lostReason: null });
    expect(await db.prisma.deletedRecord.count({ where: { id } })).toBe(0);
    const restored = await db.prisma.activity.findFirstOrThrow({
      where: { dealId: id, type: 'RESTORED' },
    });
    expect(restored.payload).toMatchObject({ stageId: first.id, deletedStageId: stageId });
    expect(await columnOrderProblems(db.prisma)).toEqual([]);
  });
});

describe('deleteLead and restoreLead', () => {
  it('takes the lead out of every list with its score history, unlinks its deal, and puts all back', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { tenantId: TENANT, leadId: { not: null } },
      orderBy: { id: 'asc' },
    });
    const leadId = deal.leadId!;
    await db.prisma.leadScoreSnapshot.createMany({
      data: [1, 2].map((i) => ({
        tenantId: TENANT,
        leadId,
        probability: i / 10,
        score: i * 10,
        bins: Buffer.from([i, 0, 255]),
        factors: i === 1 ? [{ feature: 'source', contribution: 0.1 }] : undefined,
        modelVersion: 'prior-1',
        createdAt: new Date(Date.UTC(2026, 9, i)),
      })),
    });
    const lead = await db.prisma.lead.findUniqueOrThrow({ where: { id: leadId } });
    const snapshots = await db.prisma.leadScoreSnapshot.findMany({ where: { leadId } });
    expect(snapshots.length).toBeGreaterThan(0);
    const listed = async () =>
      JSON.stringify(
        (await run('{ leads(first: 500) { totalCount edges { node { id } } } }')).data,
      );
    expect(await listed()).toContain(leadId);

    expect((await run(DELETE_LEAD, { id: leadId })).data).toEqual({ deleteLead: leadId });
    expect(await listed()).not.toContain(leadId);
    expect(await db.prisma.leadScoreSnapshot.count({ where: { leadId } })).toBe(0);
    expect((await db.prisma.deal.findUniqueOrThrow({ where: { id: deal.id } })).leadId).toBeNull();
    expect(await db.prisma.activity.count({ where: { leadId, type: 'DELETED' } })).toBe(1);

    const restored = await run<{
      restoreLead: { deal: { id: string }; scoreHistory: unknown[] };
    }>(RESTORE_LEAD, { id: leadId });
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.restoreLead.deal).toEqual({ id: deal.id });
    expect(restored.data!.restoreLead.scoreHistory).toHaveLength(snapshots.length);
    const row = await db.prisma.lead.findUniqueOrThrow({ where: { id: leadId } });
    expect({ ...row, updatedAt: lead.updatedAt }).toEqual(lead);
    expect(await db.prisma.leadScoreSnapshot.findMany({ where: { leadId } })).toEqual(snapshots);
    expect(await listed()).toContain(leadId);
  });

  it('does not run routing or automations again on a restore (no lead/created event)', async () => {
    await run(
      'mutation { createAutomation(input: { name: "On create", trigger: LEAD_CREATED, conditions: [], actions: [{ type: ADD_TASK, text: "Call" }] }) { id } }',
    );
    const lead = await db.prisma.lead.findFirstOrThrow({
      where: { tenantId: TENANT, status: 'NEW' },
      orderBy: { id: 'desc' },
    });
    await run(DELETE_LEAD, { id: lead.id });
    const events = await db.prisma.salesEvent.count();
    expect((await run(RESTORE_LEAD, { id: lead.id })).errors).toBeUndefined();
    expect(await db.prisma.salesEvent.count()).toBe(events);
  });

  it('refuses another tenant, a rep who does not own the lead and an unknown id, writing nothing', async () => {
    const lead = await db.prisma.lead.findFirstOrThrow({
      where: { tenantId: TENANT, ownerId: { not: REP.userId } },
    });
    await expectRefused('NOT_FOUND', DELETE_LEAD, { id: lead.id }, OTHER_TENANT);
    await expectRefused('FORBIDDEN', DELETE_LEAD, { id: lead.id }, REP);
    await expectRefused('NOT_FOUND', DELETE_LEAD, { id: 'no-such-lead' });
    await run(DELETE_LEAD, { id: lead.id });
    await expectRefused('NOT_FOUND', RESTORE_LEAD, { id: lead.id }, OTHER_TENANT);
    await expectRefused('FORBIDDEN', RESTORE_LEAD, { id: lead.id }, REP);
    expect((await run(RESTORE_LEAD, { id: lead.id })).errors).toBeUndefined();
  });
});

describe('reopenDeal', () => {
  it('moves a lost deal back to the stage it was closed from, clearing reason and outcome', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: {
        tenantId: TENANT,
        stage: { pipelineId: 'pl-new', kind: 'OPEN' },
        leadId: { not: null },
      },
      orderBy: { id: 'asc' },
    });
    const lost = await run<{ markDealLost: { version: number } }>(
      'mutation ($id: ID!, $v: Int!) { markDealLost(id: $id, expectedVersion: $v, reason: "Price") { version } }',
      { id: deal.id, v: deal.version },
    );
    expect(lost.errors).toBeUndefined();
    expect((await db.prisma.lead.findUniqueOrThrow({ where: { id: deal.leadId! } })).outcome).toBe(
      'LOST',
    );
    await learnedRatesSettled(db.prisma);
    const ratesBefore = await db.prisma.pipeline.findUniqueOrThrow({ where: { id: 'pl-new' } });

    const reopened = await run<{ reopenDeal: Record<string, unknown> }>(REOPEN, {
      id: deal.id,
      v: lost.data!.markDealLost.version,
    });
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data!.reopenDeal).toMatchObject({
      lostReason: null,
      closedAt: null,
      stage: { id: deal.stageId, kind: 'OPEN' },
      version: lost.data!.markDealLost.version + 1,
    });
    const lead = await db.prisma.lead.findUniqueOrThrow({ where: { id: deal.leadId! } });
    expect([lead.outcome, lead.outcomeAt]).toEqual([null, null]);
    const logged = await db.prisma.activity.findFirstOrThrow({
      where: { dealId: deal.id, type: 'REOPENED' },
    });
    expect(logged.payload).toMatchObject({ toStageId: deal.stageId });
    await learnedRatesSettled(db.prisma);
    const ratesAfter = await db.prisma.pipeline.findUniqueOrThrow({ where: { id: 'pl-new' } });
    expect(ratesAfter.stageRatesComputedAt!.getTime()).toBeGreaterThan(
      ratesBefore.stageRatesComputedAt!.getTime(),
    );
  });

  it('takes an explicit open stage, and refuses an open deal, a closed stage, a stale version, another tenant and a rep', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { tenantId: TENANT, stageId: 'pl-new-st-4', ownerId: { not: REP.userId } },
    });
    const open = await openDeal();
    await expectRefused('BAD_USER_INPUT', REOPEN, { id: open.id, v: open.version });
    await expectRefused('BAD_USER_INPUT', REOPEN, {
      id: deal.id,
      v: deal.version,
      stageId: 'pl-new-st-5',
    });
    await expectRefused('BAD_USER_INPUT', REOPEN, {
      id: deal.id,
      v: deal.version,
      stageId: 'pl-exp-st-0',
    });
    await expectRefused('CONFLICT', REOPEN, { id: deal.id, v: deal.version - 1 });
    await expectRefused('NOT_FOUND', REOPEN, { id: deal.id, v: deal.version }, OTHER_TENANT);
    await expectRefused('FORBIDDEN', REOPEN, { id: deal.id, v: deal.version }, REP);
    const reopened = await run(REOPEN, { id: deal.id, v: deal.version, stageId: 'pl-new-st-0' });
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data).toMatchObject({ reopenDeal: { stage: { id: 'pl-new-st-0' } } });
  });
});

describe('archivePipeline and restorePipeline', () => {
  const ARCHIVE = 'mutation ($id: ID!) { archivePipeline(id: $id) { id archivedAt } }';
  const RESTORE = 'mutation ($id: ID!) { restorePipeline(id: $id) { id archivedAt } }';
  const LIST = '{ pipelines { id } all: pipelines(includeArchived: true) { id archivedAt } }';

  it('hides an archived pipeline from the list, keeps its data, refuses new deals, and restores it', async () => {
    const deals = await db.prisma.deal.count({ where: { pipelineId: 'pl-exp' } });
    const archived = await run<{ archivePipeline: { archivedAt: string | null } }>(ARCHIVE, {
      id: 'pl-exp',
    });
    expect(archived.data!.archivePipeline.archivedAt).not.toBeNull();
    const list = await run<{ pipelines: { id: string }[]; all: { id: string }[] }>(LIST);
    expect(list.data!.pipelines.map((p) => p.id)).not.toContain('pl-exp');
    expect(list.data!.all.map((p) => p.id)).toContain('pl-exp');
    expect(await db.prisma.deal.count({ where: { pipelineId: 'pl-exp' } })).toBe(deals);
    await expectRefused(
      'BAD_USER_INPUT',
      'mutation { createDeal(input: { title: "x", value: "1", stageId: "pl-exp-st-0" }) { id } }',
      {},
    );
    const restored = await run<{ restorePipeline: { archivedAt: string | null } }>(RESTORE, {
      id: 'pl-exp',
    });
    expect(restored.data!.restorePipeline.archivedAt).toBeNull();
    expect(JSON.stringify((await run(LIST)).data!.pipelines)).toContain('pl-exp');
  });

  it('is for admins of the tenant: a rep and another tenant are refused, writing nothing', async () => {
    await expectRefused('FORBIDDEN', ARCHIVE, { id: 'pl-exp' }, REP);
    await expectRefused('FORBIDDEN', RESTORE, { id: 'pl-exp' }, REP);
    await expectRefused('NOT_FOUND', ARCHIVE, { id: 'pl-exp' }, OTHER_TENANT);
    await expectRefused('NOT_FOUND', RESTORE, { id: 'pl-exp' }, OTHER_TENANT);
  });
});
