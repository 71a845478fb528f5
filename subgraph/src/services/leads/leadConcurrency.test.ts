import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import type { Prisma } from '../../db/generated/client';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';

// Lead mutations racing each other (ADR 072). Transactions overlap on PostgreSQL only (PGlite has
// one connection), where each of these failed before the mutations locked their leads' rows; on
// PGlite they run one after the other and must give the same answers.
let db: TestDatabase;
let api: TestApi;
const TENANT = DEMO_PRINCIPAL.tenantId;
const REP_1 = { tenantId: TENANT, userId: 'user-rep-1', role: 'REP' as const };
const REP_2 = { tenantId: TENANT, userId: 'user-rep-2', role: 'REP' as const };
/** Leads raced at once in each test: one race rarely shows a lost update, eight do. */
const ROUNDS = 8;
const STAGE = 'pl-new-st-1';

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 3, leads: 20, now: new Date('2026-11-01T00:00:00Z') });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
});
afterAll(() => db?.drop());

const UPDATE = `mutation ($id: ID!, $input: UpdateLeadInput!) { updateLead(id: $id, input: $input) { id } }`;
const MERGE = `mutation ($t: ID!, $s: [ID!]!) { mergeLeads(targetId: $t, sourceIds: $s) { id } }`;
const LOG = `mutation ($input: LogActivityInput!) { logActivity(input: $input) { id } }`;
const RESTORE = `mutation ($id: ID!) { restoreLead(id: $id) { id } }`;
const CONVERT = `mutation ($input: ConvertLeadInput!) { convertLead(input: $input) { id } }`;
const STATUS = `mutation ($id: ID!, $status: LeadStatus!) { setLeadStatus(id: $id, status: $status) { id } }`;
const ASSIGN = `mutation ($id: ID!, $ownerId: ID) { assignLead(id: $id, ownerId: $ownerId) { id } }`;
const DELETE = `mutation ($id: ID!) { deleteLead(id: $id) }`;

type Result = Awaited<ReturnType<TestApi['run']>>;
const codes = (results: Result[]) =>
  results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));
const succeeded = (results: Result[]) => results.filter((r) => !r.errors).length;
/** `run` after `ms`: races whose window is narrower than a mutation are staggered across it. */
const after = <T>(ms: number, run: () => Promise<T>) =>
  new Promise((resolve) => setTimeout(resolve, ms)).then(run);

let made = 0;
async function newLeads(count: number, data: Partial<Prisma.LeadUncheckedCreateInput> = {}) {
  const leads = [];
  for (let i = 0; i < count; i += 1) {
    made += 1;
    leads.push(
      await db.prisma.lead.create({
        data: {
          tenantId: TENANT,
          name: `Racer ${made}`,
          email: `racer${made}@race.example`,
          source: 'web',
          ...data,
        },
      }),
    );
  }
  return leads;
}

const timeline = (leadId: string, type: Prisma.ActivityWhereInput['type']) =>
  db.prisma.activity.count({ where: { leadId, type } });

describe('concurrent lead mutations', () => {
  it('keep every field of concurrent edits of one lead', async () => {
    const leads = await newLeads(ROUNDS);
    const results = await Promise.all(
      leads.flatMap((lead, i) => [
        api.run(UPDATE, { id: lead.id, input: { name: `Renamed ${i}` } }),
        api.run(UPDATE, { id: lead.id, input: { email: `renamed${i}@race.example` } }),
        api.run(UPDATE, { id: lead.id, input: { company: `Company ${i}` } }),
      ]),
    );
    expect(codes(results)).toEqual([]);
    for (const [i, lead] of leads.entries()) {
      const after = await db.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } });
      expect({ name: after.name, email: after.email, metadata: after.metadata }).toMatchObject({
        name: `Renamed ${i}`,
        email: `renamed${i}@race.example`,
        metadata: { company: `Company ${i}` },
      });
      expect(await timeline(lead.id, 'UPDATED')).toBe(3);
    }
  });

  it('count every call logged while a merge runs, on the target or on the source', async () => {
    const targets = await newLeads(4, { callsCount: 2 });
    const sources = await newLeads(4, { callsCount: 3 });
    const rounds = await Promise.all(
      targets.map(async (target, i) => {
        const source = sources[i]!;
        const call = (leadId: string) =>
          api.run(LOG, { input: { leadId, type: 'CALL', body: 'Called' } });
        const results = await Promise.all([
          ...[0, 1, 2, 3, 4].map(() => call(target.id)),
          api.run(MERGE, { t: target.id, s: [source.id] }),
          ...[0, 1, 2, 3, 4].map(() => call(target.id)),
          ...[0, 1, 2].map(() => call(source.id)),
        ]);
        return { target, results };
      }),
    );
    for (const { target, results } of rounds) {
      // A call on the source after the merge finds it gone; every other call counts.
      expect(codes(results).filter((c) => c !== 'NOT_FOUND')).toEqual([]);
      expect(results[5]!.errors).toBeUndefined();
      const logged = succeeded(results) - 1;
      const after = await db.prisma.lead.findUniqueOrThrow({ where: { id: target.id } });
      expect(after.callsCount).toBe(2 + 3 + logged);
      expect(await timeline(target.id, 'CALL')).toBe(logged);
    }
  });

  it('count every planned call completed while a merge moves it to the target', async () => {
    // A stranger's race: a completion read its lead before a merge moved the activity, then
    // counted the call on the merged-away lead (lost) and logged it on the trashed one.
    const PLAN = `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id } }`;
    const COMPLETE = `mutation ($id: ID!) { completeActivity(id: $id) { id status } }`;
    const PLANNED = 6;
    const targets = await newLeads(4, { callsCount: 2 });
    const sources = await newLeads(4, { callsCount: 3 });
    const rounds = await Promise.all(
      targets.map(async (target, i) => {
        const source = sources[i]!;
        const planned: string[] = [];
        for (let k = 0; k < PLANNED; k += 1) {
          const made = await api.run<{ planActivity: { id: string } }>(PLAN, {
            input: {
              leadId: source.id,
              type: 'CALL',
              subject: `Call ${k}`,
              dueAt: new Date(Date.now() + 86_400_000).toISOString(),
            },
          });
          planned.push(made.data!.planActivity.id);
        }
        const results = await Promise.all([
          api.run(MERGE, { t: target.id, s: [source.id] }),
          ...planned.map((id, k) => after(2 * k, () => api.run(COMPLETE, { id }))),
        ]);
        return { target, source, results };
      }),
    );
    for (const { target, source, results } of rounds) {
      // Every completion applies, before the merge (counted on the source, then added up by the
      // merge) or after it (on the target, where the activity moved).
      expect(codes(results)).toEqual([]);
      const merged = await db.prisma.lead.findUniqueOrThrow({ where: { id: target.id } });
      expect(merged.callsCount).toBe(2 + 3 + PLANNED);
      expect(await timeline(target.id, 'CALL')).toBe(PLANNED);
      expect(await timeline(source.id, 'CALL')).toBe(0);
    }
  });

  it('count every call logged on a deal while a merge moves it to another lead', async () => {
    const targets = await newLeads(4, { callsCount: 2, status: 'QUALIFIED' });
    const sources = await newLeads(4, { callsCount: 3, status: 'QUALIFIED' });
    const rounds = await Promise.all(
      targets.map(async (target, i) => {
        const source = sources[i]!;
        const converted = await api.run<{ convertLead: { id: string } }>(CONVERT, {
          input: { leadId: source.id, stageId: STAGE, value: '500' },
        });
        const dealId = converted.data!.convertLead.id;
        const results = await Promise.all([
          api.run(MERGE, { t: target.id, s: [source.id] }),
          ...[0, 1, 2, 3, 4, 5, 6, 7].map((k) =>
            after(2 * k, () => api.run(LOG, { input: { dealId, type: 'CALL', body: 'Called' } })),
          ),
        ]);
        return { target, results };
      }),
    );
    for (const { target, results } of rounds) {
      expect(codes(results)).toEqual([]);
      const merged = await db.prisma.lead.findUniqueOrThrow({ where: { id: target.id } });
      expect(merged.callsCount).toBe(2 + 3 + 8);
    }
  });

  it('merge a lead once when the same merge is sent twice, and restore it whole', async () => {
    const targets = await newLeads(ROUNDS, { emailsCount: 1 });
    const sources = await newLeads(ROUNDS, { emailsCount: 3 });
    for (const source of sources)
      await db.prisma.activity.create({
        data: { tenantId: TENANT, type: 'EMAIL', leadId: source.id, body: 'Mailed', payload: {} },
      });
    const results = await Promise.all(
      targets.flatMap((target, i) => [
        api.run(MERGE, { t: target.id, s: [sources[i]!.id] }),
        api.run(MERGE, { t: target.id, s: [sources[i]!.id] }),
      ]),
    );
    expect(codes(results).filter((c) => c !== 'NOT_FOUND' && c !== 'CONFLICT')).toEqual([]);
    for (const [i, target] of targets.entries()) {
      const source = sources[i]!;
      expect(succeeded(results.slice(2 * i, 2 * i + 2))).toBe(1);
      expect(await timeline(target.id, 'MERGED')).toBe(1);
      expect(
        (await db.prisma.lead.findUniqueOrThrow({ where: { id: target.id } })).emailsCount,
      ).toBe(4);
      const restored = await api.run(RESTORE, { id: source.id });
      expect(restored.errors).toBeUndefined();
      const [s, t] = await Promise.all(
        [source.id, target.id].map((id) => db.prisma.lead.findUniqueOrThrow({ where: { id } })),
      );
      expect([s!.emailsCount, t!.emailsCount]).toEqual([3, 1]);
      expect([await timeline(source.id, 'EMAIL'), await timeline(target.id, 'EMAIL')]).toEqual([
        1, 0,
      ]);
    }
  });

  it('either convert a lead or disqualify it, never both', async () => {
    const leads = await newLeads(2 * ROUNDS, { status: 'QUALIFIED' });
    // One pair at a time (conversions into one stage queue on its row), the status change sent
    // later each time, so that some pairs overlap however long a conversion takes.
    const results: Result[] = [];
    for (const [i, lead] of leads.entries())
      results.push(
        ...(await Promise.all([
          api.run(CONVERT, { input: { leadId: lead.id, stageId: STAGE, value: '1000' } }),
          after(3 * i, () => api.run(STATUS, { id: lead.id, status: 'DISQUALIFIED' })),
        ])),
      );
    expect(codes(results).filter((c) => c !== 'BAD_USER_INPUT')).toEqual([]);
    for (const [i, lead] of leads.entries()) {
      expect(succeeded(results.slice(2 * i, 2 * i + 2))).toBe(1);
      const after = await db.prisma.lead.findUniqueOrThrow({
        where: { id: lead.id },
        include: { deal: true },
      });
      expect([after.status, Boolean(after.deal)]).toEqual(
        after.status === 'CONVERTED' ? ['CONVERTED', true] : ['DISQUALIFIED', false],
      );
    }
  });

  it('give an unassigned lead to one of two reps taking it at once', async () => {
    const leads = await newLeads(ROUNDS, { ownerId: null });
    const results = await Promise.all(
      leads.flatMap((lead) => [
        api.run(ASSIGN, { id: lead.id, ownerId: REP_1.userId }, REP_1),
        api.run(ASSIGN, { id: lead.id, ownerId: REP_2.userId }, REP_2),
      ]),
    );
    expect(codes(results).filter((c) => c !== 'FORBIDDEN')).toEqual([]);
    for (const [i, lead] of leads.entries()) {
      const pair = results.slice(2 * i, 2 * i + 2);
      expect(succeeded(pair)).toBe(1);
      const winner = pair[0]!.errors ? REP_2.userId : REP_1.userId;
      const after = await db.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } });
      expect(after.ownerId).toBe(winner);
      expect(await timeline(lead.id, 'ASSIGNED')).toBe(1);
    }
  });

  it('answer NOT_FOUND, never INTERNAL, to changes of a lead deleted at the same time', async () => {
    const leads = await newLeads(ROUNDS);
    const results = await Promise.all(
      leads.flatMap((lead, i) => [
        api.run(DELETE, { id: lead.id }),
        api.run(STATUS, { id: lead.id, status: 'WORKING' }),
        api.run(ASSIGN, { id: lead.id, ownerId: 'user-rep-3' }),
        api.run(UPDATE, { id: lead.id, input: { name: `Gone ${i}` } }),
        api.run(LOG, { input: { leadId: lead.id, type: 'CALL', body: 'Called' } }),
      ]),
    );
    expect(codes(results).filter((c) => c !== 'NOT_FOUND')).toEqual([]);
    results.forEach((r, i) => {
      if (i % 5 === 0) expect(r.errors).toBeUndefined();
    });
    expect(await db.prisma.lead.count({ where: { id: { in: leads.map((l) => l.id) } } })).toBe(0);
  });

  it('merge one of two leads merged into each other at once, the other answering NOT_FOUND', async () => {
    const xs = await newLeads(ROUNDS);
    const ys = await newLeads(ROUNDS);
    const results = await Promise.all(
      xs.flatMap((x, i) => [
        api.run(MERGE, { t: x.id, s: [ys[i]!.id] }),
        api.run(MERGE, { t: ys[i]!.id, s: [x.id] }),
      ]),
    );
    expect(codes(results).filter((c) => c !== 'NOT_FOUND')).toEqual([]);
    for (const [i, x] of xs.entries()) {
      expect(succeeded(results.slice(2 * i, 2 * i + 2))).toBe(1);
      expect(await db.prisma.lead.count({ where: { id: { in: [x.id, ys[i]!.id] } } })).toBe(1);
    }
  });

  it('give a lead one deal when a merge brings one and a conversion makes one at once', async () => {
    const targets = await newLeads(2 * ROUNDS, { status: 'QUALIFIED' });
    const sources = await newLeads(2 * ROUNDS, { status: 'QUALIFIED' });
    for (const source of sources) {
      const converted = await api.run(CONVERT, {
        input: { leadId: source.id, stageId: STAGE, value: '500' },
      });
      expect(converted.errors).toBeUndefined();
    }
    const results: Result[] = [];
    for (const [i, target] of targets.entries())
      results.push(
        ...(await Promise.all([
          api.run(CONVERT, { input: { leadId: target.id, stageId: STAGE, value: '1000' } }),
          after(3 * i, () => api.run(MERGE, { t: target.id, s: [sources[i]!.id] })),
        ])),
      );
    // Serially the second is refused as a user's mistake: the target has a deal by then.
    expect(codes(results).filter((c) => c !== 'BAD_USER_INPUT')).toEqual([]);
    for (const [i, target] of targets.entries()) {
      expect(succeeded(results.slice(2 * i, 2 * i + 2))).toBe(1);
      expect(await db.prisma.deal.count({ where: { leadId: target.id } })).toBe(1);
      const after = await db.prisma.lead.findUniqueOrThrow({ where: { id: target.id } });
      expect(after.status).toBe('CONVERTED');
    }
  });
});
