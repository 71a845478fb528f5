import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRINCIPAL } from '../../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../../prisma/seed/seedDemo';
import type { Deal } from '../../db/generated/client';
import { databaseFingerprint } from '../../security/databaseFingerprint';
import { createTestApi, type TestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { learnedRatesSettled } from '../deals/recomputeLearnedRates';
import { endOfDay } from './endOfDay';

let db: TestDatabase;
let api: TestApi;
const TENANT = DEMO_PRINCIPAL.tenantId;
const REP = { tenantId: TENANT, userId: 'user-rep-1', role: 'REP' as const };
const OTHER_TENANT = { tenantId: 'tenant-other', userId: 'intruder', role: 'ADMIN' as const };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let repDeal: Deal;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, {
    seed: 7,
    leads: 300,
    now: new Date('2026-11-01T00:00:00Z'),
    nextSteps: false,
  });
  api = createTestApi(db.prisma, DEMO_PRINCIPAL);
  repDeal = await db.prisma.deal.findFirstOrThrow({
    where: {
      tenantId: TENANT,
      ownerId: REP.userId,
      leadId: { not: null },
      stage: { kind: 'OPEN' },
    },
    orderBy: { id: 'asc' },
  });
});
afterAll(async () => {
  await learnedRatesSettled(db.prisma);
  await db?.drop();
});

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const codes = (errors: Errors) => errors?.map((e) => e.extensions?.code);
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

const PLAN = `mutation ($input: PlanActivityInput!) { planActivity(input: $input) {
  id type subject dueAt status isOverdue overdueDays ownerId deal { id } lead { id } } }`;
const COMPLETE = `mutation ($id: ID!, $note: String) { completeActivity(id: $id, note: $note) {
  id status completedAt } }`;
const RESCHEDULE = `mutation ($id: ID!, $dueAt: DateTime!) { rescheduleActivity(id: $id, dueAt: $dueAt) {
  id dueAt status } }`;
const CANCEL = 'mutation ($id: ID!) { cancelActivity(id: $id) { id status } }';
const NEXT = `query ($id: ID!) { deal(id: $id) {
  nextActivity { id dueAt isOverdue overdueDays }
  plannedActivities(includeDone: true) { id status } } }`;
const MY_DAY = `query ($owner: ID, $tz: String, $first: Int, $after: String) {
  myDay(ownerId: $owner, timeZone: $tz, first: $first, after: $after) {
    edges { cursor node { id dueAt subject deal { id } } } pageInfo { hasNextPage endCursor } } }`;

async function plan(input: Record<string, unknown>, principal = REP) {
  const { data, errors } = await api.run<{ planActivity: { id: string } }>(
    PLAN,
    { input: { type: 'CALL', subject: 'Call back', ...input } },
    principal,
  );
  expect(errors).toBeUndefined();
  return data!.planActivity;
}

async function expectRefused(
  code: string,
  query: string,
  variables: Record<string, unknown>,
  principal: typeof REP | typeof DEMO_PRINCIPAL | typeof OTHER_TENANT = DEMO_PRINCIPAL,
) {
  const before = await databaseFingerprint(db.prisma);
  const { errors } = await api.run(query, variables, principal);
  expect(codes(errors)).toEqual([code]);
  expect(await databaseFingerprint(db.prisma)).toEqual(before);
}

const leadOf = (deal: Deal) => db.prisma.lead.findUniqueOrThrow({ where: { id: deal.leadId! } });

describe('planActivity and the next step', () => {
  it('plans calls on a deal; the earliest open one is the next step, overdue when past due; planning counts for nothing', async () => {
    const lead = await leadOf(repDeal);
    const later = await plan({ dealId: repDeal.id, dueAt: at(2 * HOUR) });
    let next = await api.run<{ deal: { nextActivity: Record<string, unknown> } }>(NEXT, {
      id: repDeal.id,
    });
    expect(next.data!.deal.nextActivity).toMatchObject({ id: later.id, isOverdue: false });
    const overdue = await plan({ dealId: repDeal.id, dueAt: at(-2 * DAY - HOUR), type: 'MEETING' });
    next = await api.run(NEXT, { id: repDeal.id });
    expect(next.data!.deal.nextActivity).toMatchObject({
      id: overdue.id,
      isOverdue: true,
      overdueDays: 2,
    });
    const logged = await db.prisma.activity.findFirstOrThrow({
      where: {
        dealId: repDeal.id,
        type: 'ACTIVITY_PLANNED',
        payload: { path: ['plannedActivityId'], equals: overdue.id },
      },
    });
    expect(logged.payload).toMatchObject({ type: 'MEETING', ownerId: REP.userId });
    const unchanged = await leadOf(repDeal);
    expect([unchanged.callsCount, unchanged.meetingsCount, unchanged.lastEngagedAt]).toEqual([
      lead.callsCount,
      lead.meetingsCount,
      lead.lastEngagedAt,
    ]);
  });

  it('plans on a lead too (lead.nextActivity)', async () => {
    const lead = await db.prisma.lead.findFirstOrThrow({
      where: { tenantId: TENANT, ownerId: REP.userId, deal: null },
    });
    const planned = await plan({ leadId: lead.id, dueAt: at(DAY), type: 'EMAIL' });
    const { data } = await api.run<{ lead: { nextActivity: { id: string } } }>(
      'query ($id: ID!) { lead(id: $id) { nextActivity { id } plannedActivities { id } } }',
      { id: lead.id },
    );
    expect(data!.lead.nextActivity.id).toBe(planned.id);
  });

  it.each([
    [{ dealId: 'x', leadId: 'y', dueAt: at(HOUR) }, 'dealId'],
    [{ dueAt: at(HOUR) }, 'dealId'],
    [{ dealId: 'DEAL', dueAt: at(HOUR), subject: '   ' }, 'subject'],
    [{ dealId: 'DEAL', dueAt: '0001-01-01T00:00:00Z' }, 'dueAt'],
    [{ dealId: 'DEAL', dueAt: at(11 * 366 * DAY) }, 'dueAt'],
    [{ dealId: 'DEAL', dueAt: at(HOUR), ownerId: 'nobody' }, 'ownerId'],
  ] as [Record<string, unknown>, string][])(
    'refuses %j naming %s, writing nothing',
    async (input, field) => {
      const variables = {
        input: {
          type: 'CALL',
          subject: 'Call',
          ...input,
          ...(input.dealId === 'DEAL' ? { dealId: repDeal.id } : {}),
        },
      };
      const before = await databaseFingerprint(db.prisma);
      const { errors } = await api.run(PLAN, variables);
      expect(codes(errors)).toEqual(['BAD_USER_INPUT']);
      expect(errors![0]!.message).toContain(field);
      expect(await databaseFingerprint(db.prisma)).toEqual(before);
    },
  );

  it('refuses an unknown deal, another tenant’s deal, and a rep planning on others’ deals or for others', async () => {
    const others = await db.prisma.deal.findFirstOrThrow({
      where: { tenantId: TENANT, ownerId: { not: REP.userId } },
    });
    const input = (extra: Record<string, unknown>) => ({
      input: { type: 'TASK', subject: 'Do', dueAt: at(HOUR), ...extra },
    });
    await expectRefused('NOT_FOUND', PLAN, input({ dealId: 'no-such-deal' }));
    await expectRefused('NOT_FOUND', PLAN, input({ dealId: repDeal.id }), OTHER_TENANT);
    await expectRefused('FORBIDDEN', PLAN, input({ dealId: others.id }), REP);
    await expectRefused(
      'FORBIDDEN',
      PLAN,
      input({ dealId: repDeal.id, ownerId: 'user-mgr-1' }),
      REP,
    );
  });
});

describe('completeActivity', () => {
  it('logs the call at the moment of completion and counts it as engagement from then on, once', async () => {
    // Due a month ago: the completion is now, not back-dated to the due time.
    const planned = await plan({ dealId: repDeal.id, dueAt: at(-30 * DAY) });
    const before = await leadOf(repDeal);
    const events = api.events.length;
    const started = Date.now();
    const { data, errors } = await api.run<{
      completeActivity: { status: string; completedAt: string };
    }>(COMPLETE, { id: planned.id, note: 'Talked budget' }, REP);
    expect(errors).toBeUndefined();
    expect(data!.completeActivity.status).toBe('DONE');
    const completedAt = new Date(data!.completeActivity.completedAt).getTime();
    expect(completedAt).toBeGreaterThanOrEqual(started - 1000);
    expect(completedAt).toBeLessThanOrEqual(Date.now());
    const logged = await db.prisma.activity.findFirstOrThrow({
      where: { dealId: repDeal.id, type: 'CALL', body: 'Talked budget' },
    });
    expect(logged.occurredAt.getTime()).toBe(completedAt);
    const after = await leadOf(repDeal);
    expect(after.callsCount).toBe(before.callsCount + 1);
    expect(after.lastEngagedAt!.getTime()).toBe(completedAt);
    expect(api.events.slice(events)).toEqual([
      { name: 'lead/updated', data: { tenantId: TENANT, leadId: repDeal.leadId } },
    ]);
    await expectRefused('CONFLICT', COMPLETE, { id: planned.id }, REP);
  });

  it('never moves the last engagement back, and a done task is no engagement', async () => {
    const future = new Date(Date.now() + DAY);
    // A later engagement already stored (e.g. imported): completing now must not move it back.
    await db.prisma.lead.update({
      where: { id: repDeal.leadId! },
      data: { lastEngagedAt: future },
    });
    const call = await plan({ dealId: repDeal.id, dueAt: at(DAY), type: 'EMAIL' });
    await api.run(COMPLETE, { id: call.id }, REP);
    expect((await leadOf(repDeal)).lastEngagedAt).toEqual(future);
    const before = await leadOf(repDeal);
    const task = await plan({ dealId: repDeal.id, dueAt: at(HOUR), type: 'TASK' });
    expect((await api.run(COMPLETE, { id: task.id }, REP)).errors).toBeUndefined();
    expect(await leadOf(repDeal)).toEqual(before);
  });

  it('refuses another tenant, a rep who owns neither the activity nor its deal, and an unknown id', async () => {
    const others = await db.prisma.deal.findFirstOrThrow({
      where: { tenantId: TENANT, ownerId: 'user-mgr-1' },
    });
    const { data } = await api.run<{ planActivity: { id: string } }>(PLAN, {
      input: {
        dealId: others.id,
        type: 'CALL',
        subject: 'Mgr call',
        dueAt: at(HOUR),
        ownerId: 'user-mgr-1',
      },
    });
    const id = data!.planActivity.id;
    for (const query of [COMPLETE, CANCEL]) {
      await expectRefused('NOT_FOUND', query, { id }, OTHER_TENANT);
      await expectRefused('FORBIDDEN', query, { id }, REP);
    }
    await expectRefused('NOT_FOUND', RESCHEDULE, { id, dueAt: at(DAY) }, OTHER_TENANT);
    await expectRefused('FORBIDDEN', RESCHEDULE, { id, dueAt: at(DAY) }, REP);
    await expectRefused('NOT_FOUND', COMPLETE, { id: 'no-such-activity' });
  });
});

describe('rescheduleActivity and cancelActivity', () => {
  it('moves an open activity (logged from → to) and calls one off; neither applies to a closed one', async () => {
    const planned = await plan({ dealId: repDeal.id, dueAt: at(HOUR) });
    const to = at(3 * DAY);
    const moved = await api.run<{ rescheduleActivity: { dueAt: string } }>(
      RESCHEDULE,
      { id: planned.id, dueAt: to },
      REP,
    );
    expect(moved.data!.rescheduleActivity.dueAt).toBe(to);
    const logged = await db.prisma.activity.findFirstOrThrow({
      where: {
        type: 'ACTIVITY_RESCHEDULED',
        payload: { path: ['plannedActivityId'], equals: planned.id },
      },
    });
    expect(logged.payload).toMatchObject({ dueAt: { to } });
    await expectRefused(
      'BAD_USER_INPUT',
      RESCHEDULE,
      { id: planned.id, dueAt: '9999-01-01T00:00:00Z' },
      REP,
    );

    const cancelled = await api.run(CANCEL, { id: planned.id }, REP);
    expect(cancelled.data).toEqual({ cancelActivity: { id: planned.id, status: 'CANCELLED' } });
    const { data } = await api.run<{ deal: { nextActivity: { id: string } | null } }>(NEXT, {
      id: repDeal.id,
    });
    expect(data!.deal.nextActivity?.id).not.toBe(planned.id);
    await expectRefused('CONFLICT', RESCHEDULE, { id: planned.id, dueAt: at(DAY) }, REP);
    await expectRefused('CONFLICT', CANCEL, { id: planned.id }, REP);
    await expectRefused('CONFLICT', COMPLETE, { id: planned.id }, REP);
  });
});

describe('myDay', () => {
  it('lists the user’s open activities due today and overdue, earliest first, in pages; not tomorrow’s, not others’, not of deleted deals', async () => {
    const owner = 'user-rep-2';
    const principal = { tenantId: TENANT, userId: owner, role: 'REP' as const };
    const deals = await db.prisma.deal.findMany({
      where: { tenantId: TENANT, ownerId: owner, stage: { kind: 'OPEN' } },
      orderBy: { id: 'asc' },
      take: 2,
    });
    const [deal, doomed] = deals as [Deal, Deal];
    const old = await plan({ dealId: deal.id, dueAt: at(-3 * DAY), subject: 'Old' }, principal);
    const soon = await plan(
      { dealId: deal.id, dueAt: at(-60_000), subject: 'Just now' },
      principal,
    );
    await plan({ dealId: deal.id, dueAt: at(2 * DAY), subject: 'Later' }, principal);
    await plan({ dealId: repDeal.id, dueAt: at(-HOUR), subject: 'Someone else’s' });
    await plan({ dealId: doomed.id, dueAt: at(-HOUR), subject: 'On a deleted deal' }, principal);
    await api.run('mutation ($id: ID!, $v: Int!) { deleteDeal(id: $id, expectedVersion: $v) }', {
      id: doomed.id,
      v: doomed.version,
    });

    type Page = {
      myDay: {
        edges: { cursor: string; node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const all = await api.run<Page>(MY_DAY, {}, principal);
    expect(all.data!.myDay.edges.map((e) => e.node.id)).toEqual([old.id, soon.id]);
    const asManager = await api.run<Page>(MY_DAY, { owner });
    expect(asManager.data).toEqual(all.data);
    const first = await api.run<Page>(MY_DAY, { first: 1 }, principal);
    expect(first.data!.myDay.pageInfo.hasNextPage).toBe(true);
    const second = await api.run<Page>(
      MY_DAY,
      { first: 1, after: first.data!.myDay.pageInfo.endCursor },
      principal,
    );
    expect(second.data!.myDay.edges.map((e) => e.node.id)).toEqual([soon.id]);
    expect(second.data!.myDay.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses an unknown time zone and a made-up cursor', async () => {
    expect(codes((await api.run(MY_DAY, { tz: 'Mars/Olympus' })).errors)).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes((await api.run(MY_DAY, { after: 'bm9wZQ' })).errors)).toEqual(['BAD_USER_INPUT']);
  });

  it('another tenant sees nothing of this tenant’s day', async () => {
    const { data } = await api.run<{ myDay: { edges: unknown[] } }>(
      MY_DAY,
      { owner: REP.userId },
      OTHER_TENANT,
    );
    expect(data!.myDay.edges).toEqual([]);
  });
});

describe('endOfDay', () => {
  it.each([
    ['2026-11-29T03:00:00Z', 'UTC', '2026-11-30T00:00:00.000Z'],
    ['2026-11-29T03:00:00Z', 'America/New_York', '2026-11-29T05:00:00.000Z'],
    ['2026-11-29T23:30:00Z', 'Asia/Tokyo', '2026-11-30T15:00:00.000Z'],
    // The day summer time starts in Berlin: 23 hours long, ends at 22:00 UTC.
    ['2026-03-29T00:30:00Z', 'Europe/Berlin', '2026-03-29T22:00:00.000Z'],
  ])('%s in %s ends at %s', (now, zone, end) => {
    expect(endOfDay(new Date(now), zone).toISOString()).toBe(end);
  });
});
