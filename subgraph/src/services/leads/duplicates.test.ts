import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import { databaseFingerprint } from '../../security/databaseFingerprint';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';

let db: TestDatabase;
let api: TestApi;
const TENANT = DEMO_PRINCIPAL.tenantId;
const REP = { tenantId: TENANT, userId: 'user-rep-1', role: 'REP' as const };
const OTHER_TENANT = { tenantId: 'tenant-other', userId: 'intruder', role: 'ADMIN' as const };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 6, leads: 120, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const CREATE =
  'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id name email } }';
const MERGE = `mutation ($t: ID!, $s: [ID!]!) { mergeLeads(targetId: $t, sourceIds: $s) {
  id email emailsCount callsCount meetingsCount activities { type } plannedActivities { id } } }`;

async function refused(
  code: string,
  query: string,
  variables: Record<string, unknown>,
  principal: typeof DEMO_PRINCIPAL | typeof REP | typeof OTHER_TENANT = DEMO_PRINCIPAL,
): Promise<Errors> {
  const before = await databaseFingerprint(db.prisma);
  const { errors } = await api.run(query, variables, principal);
  expect(errors?.map((e) => e.extensions?.code)).toEqual([code]);
  expect(await databaseFingerprint(db.prisma)).toEqual(before);
  return errors;
}

const openLead = (where: Record<string, unknown> = {}) =>
  db.prisma.lead.findFirstOrThrow({
    where: { tenantId: TENANT, status: { in: ['NEW', 'WORKING', 'QUALIFIED'] }, ...where },
    orderBy: { id: 'asc' },
  });

describe('createLead warns of duplicates', () => {
  it('refuses the email of an open lead (any case) with the match, writing nothing', async () => {
    const lead = await openLead({ email: { not: null } });
    const errors = await refused('CONFLICT', CREATE, {
      input: { name: 'Someone Else', email: `  ${lead.email!.toUpperCase()}`, source: 'web' },
    });
    expect(errors![0]!.extensions).toMatchObject({
      reason: 'DUPLICATE_LEAD',
      duplicates: [{ id: lead.id, matchedOn: 'EMAIL', email: lead.email }],
    });
  });

  it('refuses the name and company of an open lead, and creates it with allowDuplicate', async () => {
    const lead = await openLead({ metadata: { path: ['company'], not: 'null' } });
    const company = (lead.metadata as { company: string }).company;
    const input = { name: lead.name.toLowerCase(), company: company.toUpperCase(), source: 'web' };
    const errors = await refused('CONFLICT', CREATE, { input });
    expect(errors![0]!.extensions).toMatchObject({
      duplicates: [{ id: lead.id, matchedOn: 'NAME_AND_COMPANY' }],
    });
    const { errors: none } = await api.run(CREATE, { input: { ...input, allowDuplicate: true } });
    expect(none).toBeUndefined();
  });

  it('does not count closed leads, and a replayed idempotency key returns its lead', async () => {
    const closed = await db.prisma.lead.findFirstOrThrow({
      where: {
        tenantId: TENANT,
        status: { in: ['CONVERTED', 'DISQUALIFIED'] },
        email: { not: null },
      },
    });
    const input = {
      name: 'Back again',
      email: closed.email,
      source: 'web',
      idempotencyKey: 'dup-1',
    };
    const first = await api.run<{ createLead: { id: string } }>(CREATE, { input });
    expect(first.errors).toBeUndefined();
    const again = await api.run<{ createLead: { id: string } }>(CREATE, { input });
    expect(again.errors).toBeUndefined();
    expect(again.data!.createLead.id).toBe(first.data!.createLead.id);
  });
});

describe('updateLead warns of duplicates as createLead does', () => {
  const UPDATE =
    'mutation ($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) { id email } }';

  it("refuses an open lead's edit to another open lead's email, writing nothing, and saves it with allowDuplicate", async () => {
    const [lead, other] = await db.prisma.lead.findMany({
      where: {
        tenantId: TENANT,
        status: { in: ['NEW', 'WORKING', 'QUALIFIED'] },
        email: { not: null },
      },
      orderBy: { id: 'asc' },
      take: 2,
    });
    const errors = await refused('CONFLICT', UPDATE, {
      id: lead!.id,
      input: { email: other!.email!.toUpperCase() },
    });
    expect(errors![0]!.message).toMatch(/save anyway with allowDuplicate: true$/);
    expect(errors![0]!.extensions).toMatchObject({
      reason: 'DUPLICATE_LEAD',
      duplicates: [{ id: other!.id, matchedOn: 'EMAIL' }],
    });
    // Its own email again, or another field, is no duplicate of itself.
    const same = await api.run(UPDATE, {
      id: lead!.id,
      input: { email: lead!.email, title: 'CTO' },
    });
    expect(same.errors).toBeUndefined();
    const anyway = await api.run(UPDATE, {
      id: lead!.id,
      input: { email: other!.email, allowDuplicate: true },
    });
    expect(anyway.errors).toBeUndefined();
    expect((await db.prisma.lead.findUniqueOrThrow({ where: { id: lead!.id } })).email).toBe(
      other!.email,
    );
  });
});

describe('mergeLeads', () => {
  it('merges a duplicate into the target: values kept or filled, engagement added, timeline and plans moved; the source is restorable', async () => {
    const target = await openLead({ deal: null, email: { not: null } });
    const created = await api.run<{ createLead: { id: string } }>(CREATE, {
      input: {
        name: target.name,
        email: 'other.address@example.com',
        source: 'event',
        metadata: { linkedin: 'in/someone' },
      },
    });
    const sourceId = created.data!.createLead.id;
    await db.prisma.lead.update({
      where: { id: sourceId },
      data: { callsCount: 2, meetingsCount: 1 },
    });
    await api.run(
      'mutation ($id: ID!) { planActivity(input: { leadId: $id, type: CALL, subject: "Call", dueAt: "2030-01-01T10:00:00Z" }) { id } }',
      { id: sourceId },
    );
    const { data, errors } = await api.run<{
      mergeLeads: {
        email: string;
        callsCount: number;
        meetingsCount: number;
        activities: { type: string }[];
        plannedActivities: unknown[];
      };
    }>(MERGE, { t: target.id, s: [sourceId] });
    expect(errors).toBeUndefined();
    expect(data!.mergeLeads).toMatchObject({
      email: target.email,
      callsCount: target.callsCount + 2,
      meetingsCount: target.meetingsCount + 1,
    });
    expect(data!.mergeLeads.activities.map((a) => a.type)).toEqual(
      expect.arrayContaining(['MERGED', 'CREATED', 'ACTIVITY_PLANNED']),
    );
    expect(data!.mergeLeads.plannedActivities).toHaveLength(1);
    const row = await db.prisma.lead.findUniqueOrThrow({ where: { id: target.id } });
    expect(row.metadata).toMatchObject({ linkedin: 'in/someone' });
    expect(await db.prisma.lead.findUnique({ where: { id: sourceId } })).toBeNull();
    const restored = await api.run<{
      restoreLead: { callsCount: number; meetingsCount: number; activities: { type: string }[] };
    }>(
      'mutation ($id: ID!) { restoreLead(id: $id) { callsCount meetingsCount activities { type } plannedActivities { id } } }',
      { id: sourceId },
    );
    expect(restored.errors).toBeUndefined();
    // What the merge gave the target comes back with the source: both leads counted the source's
    // two calls and one meeting (a stranger found it), and its timeline stayed on the target.
    expect(restored.data!.restoreLead).toMatchObject({ callsCount: 2, meetingsCount: 1 });
    expect(restored.data!.restoreLead.activities.map((a) => a.type)).toEqual(
      expect.arrayContaining(['CREATED', 'ACTIVITY_PLANNED', 'DELETED', 'RESTORED']),
    );
    expect(await db.prisma.lead.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      callsCount: target.callsCount,
      meetingsCount: target.meetingsCount,
    });
    expect(await db.prisma.plannedActivity.count({ where: { leadId: sourceId } })).toBe(1);
    // The source's DELETED entry (the merge) went back with it.
    expect(await db.prisma.activity.count({ where: { leadId: target.id, type: 'DELETED' } })).toBe(
      0,
    );
  });

  it("an open target that takes over a converted source's deal is converted, and is not converted again", async () => {
    const source = await db.prisma.lead.findFirstOrThrow({
      where: { tenantId: TENANT, status: 'CONVERTED', deal: { isNot: null } },
      include: { deal: { select: { id: true } } },
      orderBy: { id: 'asc' },
    });
    const target = await openLead({ deal: null, id: { not: source.id } });
    const merged = await api.run<{ mergeLeads: { id: string } }>(
      `mutation ($t: ID!, $s: [ID!]!) { mergeLeads(targetId: $t, sourceIds: $s) { id status deal { id } } }`,
      { t: target.id, s: [source.id] },
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeLeads).toEqual({
      id: target.id,
      status: 'CONVERTED',
      deal: { id: source.deal!.id },
    });
    // Converting it again was INTERNAL (the deal's lead is unique); now it says why not.
    const open = await db.prisma.pipelineStage.findFirstOrThrow({
      where: { tenantId: TENANT, kind: 'OPEN', pipeline: { archivedAt: null } },
      orderBy: { id: 'asc' },
    });
    const errors = await refused(
      'BAD_USER_INPUT',
      `mutation ($i: ConvertLeadInput!) { convertLead(input: $i) { id } }`,
      { i: { leadId: target.id, stageId: open.id, value: '1.00' } },
    );
    expect(errors?.[0]?.message).toMatch(/is already converted, disqualified or linked to a deal/);
  });

  it("restoring a merged lead gives the target back its own last engagement, keeping what it logged since and the other sources'", async () => {
    const lastEngagedAt = (id: string) =>
      db.prisma.lead
        .findUniqueOrThrow({ where: { id }, select: { lastEngagedAt: true } })
        .then((lead) => lead.lastEngagedAt?.toISOString() ?? null);
    const fresh = async (name: string, at: string | null) => {
      const { data } = await api.run<{ createLead: { id: string } }>(CREATE, {
        input: { name, source: 'web', allowDuplicate: true },
      });
      const id = data!.createLead.id;
      await db.prisma.lead.update({
        where: { id },
        data: { lastEngagedAt: at ? new Date(at) : null, emailsCount: at ? 1 : 0 },
      });
      return id;
    };
    const target = await fresh('Engaged Target', '2026-09-01T10:00:00.000Z');
    const recent = await fresh('Engaged Recently', '2026-10-20T10:00:00.000Z');
    const middle = await fresh('Engaged Between', '2026-10-01T10:00:00.000Z');
    const merged = await api.run(MERGE, { t: target, s: [recent, middle] });
    expect(merged.errors).toBeUndefined();
    expect(await lastEngagedAt(target)).toBe('2026-10-20T10:00:00.000Z');
    const restore = (id: string) =>
      api.run('mutation ($id: ID!) { restoreLead(id: $id) { id lastEngagedAt } }', { id });
    // The most recent source back: the target's latest is the other source's, still merged.
    expect((await restore(recent)).errors).toBeUndefined();
    expect(await lastEngagedAt(recent)).toBe('2026-10-20T10:00:00.000Z');
    expect(await lastEngagedAt(target)).toBe('2026-10-01T10:00:00.000Z');
    // A call logged on the target since the merge stays its own.
    const call = await api.run(
      'mutation ($id: ID!) { logActivity(input: { leadId: $id, type: CALL, body: "Call", occurredAt: "2026-09-15T10:00:00Z" }) { id } }',
      { id: target },
    );
    expect(call.errors).toBeUndefined();
    expect((await restore(middle)).errors).toBeUndefined();
    expect(await lastEngagedAt(target)).toBe('2026-09-15T10:00:00.000Z');
  });

  it('restoring a merged lead while its target is in the trash gives the counts back there too', async () => {
    // An attacker's order: merge B into A, delete A, restore B, restore A. A came back with B's
    // call although the call had gone back to B: one call counted on two leads.
    const create = async (name: string) =>
      (
        await api.run<{ createLead: { id: string } }>(CREATE, {
          input: { name, source: 'web', allowDuplicate: true },
        })
      ).data!.createLead.id;
    const a = await create('Trashed Target');
    const b = await create('Merged Source');
    const logged = await api.run(
      'mutation ($id: ID!) { logActivity(input: { leadId: $id, type: CALL, body: "c", occurredAt: "2026-10-10T10:00:00Z" }) { id } }',
      { id: b },
    );
    expect(logged.errors).toBeUndefined();
    expect((await api.run(MERGE, { t: a, s: [b] })).errors).toBeUndefined();
    const run = (query: string, id: string) => api.run(query, { id });
    expect((await run('mutation ($id: ID!) { deleteLead(id: $id) }', a)).errors).toBeUndefined();
    const restore = 'mutation ($id: ID!) { restoreLead(id: $id) { id callsCount } }';
    expect((await run(restore, b)).errors).toBeUndefined();
    expect((await run(restore, a)).errors).toBeUndefined();
    const leads = await db.prisma.lead.findMany({
      where: { id: { in: [a, b] } },
      select: { id: true, callsCount: true, lastEngagedAt: true },
    });
    const of = (id: string) => leads.find((l) => l.id === id)!;
    expect([of(a).callsCount, of(b).callsCount]).toEqual([0, 1]);
    expect(of(a).lastEngagedAt).toBeNull();
    expect(of(b).lastEngagedAt?.toISOString()).toBe('2026-10-10T10:00:00.000Z');
    const calls = await db.prisma.activity.findMany({
      where: { leadId: { in: [a, b] }, type: 'CALL' },
    });
    expect(calls.map((c) => c.leadId)).toEqual([b]);
  });

  it('refuses merging into itself, no sources, unknown ids, another tenant, a rep, and two deals, writing nothing', async () => {
    const [a, b] = await db.prisma.lead.findMany({
      where: { tenantId: TENANT, ownerId: { not: REP.userId } },
      take: 2,
      orderBy: { id: 'desc' },
    });
    await refused('BAD_USER_INPUT', MERGE, { t: a!.id, s: [a!.id] });
    await refused('BAD_USER_INPUT', MERGE, { t: a!.id, s: [] });
    await refused('NOT_FOUND', MERGE, { t: a!.id, s: ['no-such-lead'] });
    await refused('NOT_FOUND', MERGE, { t: a!.id, s: [b!.id] }, OTHER_TENANT);
    await refused('FORBIDDEN', MERGE, { t: a!.id, s: [b!.id] }, REP);
    const withDeals = await db.prisma.lead.findMany({
      where: { tenantId: TENANT, deal: { isNot: null } },
      take: 2,
    });
    await refused('BAD_USER_INPUT', MERGE, { t: withDeals[0]!.id, s: [withDeals[1]!.id] });
  });
});

describe("engagement counts at the column's largest value (an imported history can start there)", () => {
  const MAX = 2_147_483_647;
  const counted = (id: string) =>
    db.prisma.lead.findUniqueOrThrow({
      where: { id },
      select: { emailsCount: true, callsCount: true, lastEngagedAt: true },
    });

  it('a logged call or a completed email is logged and the count stays there, never INTERNAL', async () => {
    const lead = await openLead();
    await db.prisma.lead.update({
      where: { id: lead.id },
      data: { emailsCount: MAX, callsCount: MAX },
    });
    const logged = await api.run<{ logActivity: { id: string } }>(
      'mutation ($i: LogActivityInput!) { logActivity(input: $i) { id } }',
      { i: { leadId: lead.id, type: 'CALL', body: 'Called again' } },
    );
    expect(logged.errors).toBeUndefined();
    const planned = await api.run<{ planActivity: { id: string } }>(
      'mutation ($i: PlanActivityInput!) { planActivity(input: $i) { id } }',
      {
        i: {
          leadId: lead.id,
          type: 'EMAIL',
          subject: 'Follow up',
          dueAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
    );
    expect(planned.errors).toBeUndefined();
    const done = await api.run('mutation ($id: ID!) { completeActivity(id: $id) { status } }', {
      id: planned.data!.planActivity.id,
    });
    expect(done.errors).toBeUndefined();
    expect(await counted(lead.id)).toMatchObject({ emailsCount: MAX, callsCount: MAX });
  });

  it('a merge whose counts add up past it keeps the largest value', async () => {
    const [target, source] = await db.prisma.lead.findMany({
      where: { tenantId: TENANT, status: 'NEW', deal: null },
      orderBy: { id: 'desc' },
      take: 2,
    });
    for (const lead of [target!, source!])
      await db.prisma.lead.update({ where: { id: lead.id }, data: { emailsCount: 1_500_000_000 } });
    const { data, errors } = await api.run<{ mergeLeads: { emailsCount: number } }>(MERGE, {
      t: target!.id,
      s: [source!.id],
    });
    expect(errors).toBeUndefined();
    expect(data?.mergeLeads.emailsCount).toBe(MAX);
  });
});
