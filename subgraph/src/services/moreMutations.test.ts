import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { columnOrderProblems } from '../testing/columnOrderProblems';
import { createTestApi, type TestApi } from '../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';

let db: TestDatabase;
let api: TestApi;
const REP = { tenantId: DEMO_PRINCIPAL.tenantId, userId: 'user-rep-1', role: 'REP' as const };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 13, leads: 250, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

const state = async () => ({
  deals: await db.prisma.deal.findMany({ orderBy: { id: 'asc' } }),
  leads: await db.prisma.lead.findMany({
    orderBy: { id: 'asc' },
    select: { id: true, name: true, email: true, status: true },
  }),
  pipelines: await db.prisma.pipeline.findMany({ orderBy: { id: 'asc' } }),
  activities: await db.prisma.activity.count(),
});

const openDeal = () =>
  db.prisma.deal.findFirstOrThrow({ where: { stage: { kind: 'OPEN' } }, orderBy: { id: 'asc' } });

describe('updateDeal', () => {
  const UPDATE =
    'mutation ($id: ID!, $v: Int!, $input: UpdateDealInput!) { updateDeal(id: $id, expectedVersion: $v, input: $input) { title value version expectedCloseDate } }';

  it('updates fields, bumps the version and records the change', async () => {
    const deal = await openDeal();
    const { data, errors } = await api.run(UPDATE, {
      id: deal.id,
      v: deal.version,
      input: { title: 'Renamed', value: '777.70', expectedCloseDate: '2027-01-31' },
    });
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      updateDeal: {
        title: 'Renamed',
        value: '777.70',
        version: deal.version + 1,
        expectedCloseDate: '2027-01-31',
      },
    });
    const activity = await db.prisma.activity.findFirstOrThrow({
      where: { dealId: deal.id, type: 'UPDATED' },
      orderBy: { createdAt: 'desc' },
    });
    expect(activity.payload).toMatchObject({ title: { to: 'Renamed' }, value: { to: '777.7' } });
  });

  it('refuses a stale version and bad values, writing nothing', async () => {
    const deal = await openDeal();
    const before = await state();
    const stale = await api.run(UPDATE, {
      id: deal.id,
      v: deal.version - 1,
      input: { title: 'Lost update' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    for (const input of [
      { value: '-1' },
      { title: '' },
      { currency: 'usd' },
      { ownerId: 'nobody' },
    ]) {
      const bad = await api.run(UPDATE, { id: deal.id, v: deal.version, input });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await state()).toEqual(before);
  });
});

describe('deleteDeal and markDealLost', () => {
  it('marks a deal lost with its reason', async () => {
    const deal = await openDeal();
    const { data, errors } = await api.run(
      'mutation ($id: ID!, $v: Int!) { markDealLost(id: $id, expectedVersion: $v, reason: "Chose a competitor") { lostReason closedAt stage { kind } } }',
      { id: deal.id, v: deal.version },
    );
    expect(errors).toBeUndefined();
    expect(data).toMatchObject({
      markDealLost: { lostReason: 'Chose a competitor', stage: { kind: 'LOST' } },
    });
  });

  it('deletes a deal, keeps its column in order, and refuses a stale version', async () => {
    const deal = await db.prisma.deal.findFirstOrThrow({
      where: { stage: { kind: 'OPEN' } },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
    const stale = await api.run(
      'mutation ($id: ID!, $v: Int!) { deleteDeal(id: $id, expectedVersion: $v) }',
      { id: deal.id, v: deal.version + 5 },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await db.prisma.deal.count({ where: { id: deal.id } })).toBe(1);
    const { data } = await api.run(
      'mutation ($id: ID!, $v: Int!) { deleteDeal(id: $id, expectedVersion: $v) }',
      { id: deal.id, v: deal.version },
    );
    expect(data).toEqual({ deleteDeal: deal.id });
    expect(await columnOrderProblems(db.prisma)).toEqual([]);
    expect(
      await db.prisma.activity.count({
        where: { dealId: deal.id, type: 'DELETED', payload: { path: ['deleted'], equals: true } },
      }),
    ).toBe(1);
  });
});

describe('pipelines', () => {
  it('creates a pipeline with its closing stages and renames it; refuses bad names and reps', async () => {
    const created = await api.run<{
      createPipeline: { id: string; name: string; stages: { kind: string }[] };
    }>(
      'mutation { createPipeline(name: "Partners", currency: "EUR") { id name currency stages { kind } } }',
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPipeline.stages.map((s) => s.kind)).toEqual(['OPEN', 'WON', 'LOST']);
    const id = created.data!.createPipeline.id;
    expect(
      (await api.run(`mutation { renamePipeline(id: "${id}", name: "Channel partners") { name } }`))
        .data,
    ).toEqual({ renamePipeline: { name: 'Channel partners' } });
    const before = await state();
    expect(
      (await api.run(`mutation { renamePipeline(id: "${id}", name: "  ") { name } }`)).errors?.[0]
        ?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await api.run('mutation { createPipeline(name: "X", currency: "euro") { id } }')).errors?.[0]
        ?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await api.run('mutation { createPipeline(name: "Mine") { id } }', undefined, REP))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await state()).toEqual(before);
  });
});

describe('leads in bulk and notes', () => {
  it('updates a lead and refuses a bad email without writing', async () => {
    const lead = await db.prisma.lead.findFirstOrThrow({ where: { status: 'WORKING' } });
    const ok = await api.run(
      `mutation { updateLead(id: "${lead.id}", input: { name: "New Name", title: "VP Sales" }) { name title } }`,
    );
    expect(ok.data).toEqual({ updateLead: { name: 'New Name', title: 'VP Sales' } });
    const before = await state();
    const bad = await api.run(
      `mutation { updateLead(id: "${lead.id}", input: { email: "nope" }) { id } }`,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(await state()).toEqual(before);
  });

  it('changes status and owner of several leads at once, all or nothing', async () => {
    const leads = await db.prisma.lead.findMany({
      where: { status: { in: ['NEW', 'WORKING'] } },
      take: 3,
    });
    const ids = leads.map((l) => l.id);
    const before = await state();
    const missing = await api.run(
      'mutation ($ids: [ID!]!) { setLeadsStatus(ids: $ids, status: QUALIFIED) { id } }',
      { ids: [...ids, 'lead-missing'] },
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await state()).toEqual(before);
    const ok = await api.run<{ setLeadsStatus: { status: string }[] }>(
      'mutation ($ids: [ID!]!) { setLeadsStatus(ids: $ids, status: QUALIFIED) { status } }',
      { ids },
    );
    expect(ok.data!.setLeadsStatus.map((l) => l.status)).toEqual([
      'QUALIFIED',
      'QUALIFIED',
      'QUALIFIED',
    ]);
    const assigned = await api.run<{ assignLeads: { owner: { id: string } }[] }>(
      'mutation ($ids: [ID!]!) { assignLeads(ids: $ids, ownerId: "user-rep-4") { owner { id } } }',
      { ids },
    );
    expect(assigned.data!.assignLeads.every((l) => l.owner.id === 'user-rep-4')).toBe(true);
  });

  it('adds a note to a lead', async () => {
    const lead = await db.prisma.lead.findFirstOrThrow();
    const { data } = await api.run<{
      addNote: { type: string; body: string; actor: { id: string } };
    }>(
      `mutation { addNote(leadId: "${lead.id}", body: "Met at the fair") { type body actor { id } } }`,
    );
    expect(data!.addNote).toEqual({
      type: 'NOTE',
      body: 'Met at the fair',
      actor: { id: 'user-admin' },
    });
    const both = await api.run(
      `mutation { addNote(leadId: "${lead.id}", dealId: "deal-00001", body: "x") { id } }`,
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
