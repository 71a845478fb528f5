import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../auth/principal';
import { createTestApi } from '../../testing/createTestApi';
import { createTestDatabase, type TestDatabase } from '../../testing/createTestDatabase';
import { crossed } from './automationTypes';
import { emitRottingEvents } from './emitRottingEvents';
import { processSalesEvent } from './processSalesEvent';
import { drainSalesEvents } from './salesEventOutbox';

let db: TestDatabase;
const tenantId = 'auto';
const ADMIN: Principal = { tenantId, userId: 'auto-admin', role: 'ADMIN' };
let stageId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.prisma.tenant.create({ data: { id: tenantId, name: 'Auto' } });
  await db.prisma.user.createMany({
    data: [
      { id: 'auto-admin', tenantId, name: 'Admin', email: 'a@auto', role: 'ADMIN' },
      { id: 'auto-rep', tenantId, name: 'Sam', email: 's@auto' },
    ],
  });
  const pipeline = await db.prisma.pipeline.create({
    data: { tenantId, name: 'Sales', currency: 'EUR' },
  });
  stageId = (
    await db.prisma.pipelineStage.create({
      data: { tenantId, pipelineId: pipeline.id, name: 'Discovery', order: 0, rottingDays: 5 },
    })
  ).id;
});
afterAll(() => db?.drop());

const drain = () => drainSalesEvents(db.prisma, (e) => processSalesEvent(db.prisma, e));

describe('automations', () => {
  it('crossed: up and down across the threshold, not while staying on one side', () => {
    expect(crossed(80, 'UP', 75, 82)).toBe(true);
    expect(crossed(80, 'UP', null, 90)).toBe(true);
    expect(crossed(80, 'UP', 82, 95)).toBe(false);
    expect(crossed(80, 'UP', 60, 79)).toBe(false);
    expect(crossed(80, 'DOWN', 82, 79)).toBe(true);
    expect(crossed(80, 'DOWN', 79, 40)).toBe(false);
  });

  it('acts when the score crosses the threshold, and not when it stays on one side', async () => {
    const hot = await db.prisma.automation.create({
      data: {
        tenantId,
        name: 'Hot leads',
        position: 0,
        trigger: 'SCORE_CROSSED',
        threshold: 80,
        direction: 'UP',
        actions: [
          { type: 'SET_LEAD_STATUS', status: 'QUALIFIED' },
          { type: 'ADD_TASK', text: 'Call within 24 hours' },
        ],
      },
    });
    const lead = await db.prisma.lead.create({
      data: { tenantId, name: 'Ada', source: 'web', score: 70 },
    });
    await drain();
    await db.prisma.lead.update({ where: { id: lead.id }, data: { score: 75 } });
    await drain();
    expect(await db.prisma.automationRun.count({ where: { automationId: hot.id } })).toBe(0);
    await db.prisma.lead.update({ where: { id: lead.id }, data: { score: 84 } });
    await drain();
    await db.prisma.lead.update({ where: { id: lead.id }, data: { score: 91 } });
    await drain();
    const runs = await db.prisma.automationRun.findMany({ where: { automationId: hot.id } });
    expect(runs).toMatchObject([
      {
        outcome: 'ACTED',
        reason: 'score rose from 75 to 84 (reached 80)',
        actions: ['status set to QUALIFIED', 'task added: Call within 24 hours'],
      },
    ]);
    expect((await db.prisma.lead.findUniqueOrThrow({ where: { id: lead.id } })).status).toBe(
      'QUALIFIED',
    );
    const timeline = await db.prisma.activity.findMany({
      where: { leadId: lead.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(timeline.map((a) => [a.type, a.body])).toEqual([
      ['STATUS_CHANGED', "By automation 'Hot leads': score rose from 75 to 84 (reached 80)"],
      ['TASK', 'Call within 24 hours'],
    ]);
    await db.prisma.automation.update({ where: { id: hot.id }, data: { enabled: false } });
  });

  it('converts a qualified lead into a deal; the deal event carries the loop guard chain', async () => {
    const convert = await db.prisma.automation.create({
      data: {
        tenantId,
        name: 'Convert qualified',
        position: 1,
        trigger: 'SCORE_CROSSED',
        threshold: 90,
        direction: 'UP',
        conditions: [{ field: 'status', operator: 'EQUALS', value: 'QUALIFIED' }],
        actions: [{ type: 'CONVERT_LEAD', stageId, value: '12000.00' }],
      },
    });
    const follow = await db.prisma.automation.create({
      data: {
        tenantId,
        name: 'New deal task',
        position: 2,
        trigger: 'DEAL_STAGE_CHANGED',
        actions: [{ type: 'ADD_TASK', text: 'Send the proposal' }],
      },
    });
    const lead = await db.prisma.lead.create({
      data: { tenantId, name: 'Bo', source: 'web', status: 'QUALIFIED', score: 50 },
    });
    await db.prisma.lead.update({ where: { id: lead.id }, data: { score: 95 } });
    await drain();
    const deal = await db.prisma.deal.findFirstOrThrow({ where: { leadId: lead.id } });
    expect(deal).toMatchObject({ stageId, currency: 'EUR', title: 'Bo — new deal' });
    const dealEvent = await db.prisma.salesEvent.findFirstOrThrow({
      where: { dealId: deal.id, name: 'deal/stage.changed' },
    });
    expect(dealEvent.causedBy).toEqual([convert.id]);
    expect(
      await db.prisma.automationRun.findFirstOrThrow({ where: { automationId: follow.id } }),
    ).toMatchObject({
      outcome: 'ACTED',
      dealId: deal.id,
      actions: ['task added: Send the proposal'],
    });

    // The same event again, as if the follow-up automation's own change had caused it.
    const looped = await db.prisma.salesEvent.create({
      data: { ...dealEvent, id: undefined, causedBy: [convert.id, follow.id] } as never,
    });
    const result = await processSalesEvent(db.prisma, looped);
    expect(result.automations).toMatchObject([
      { automationId: follow.id, outcome: 'SKIPPED', reason: expect.stringMatching(/^Loop guard/) },
    ]);
    expect(await db.prisma.activity.count({ where: { dealId: deal.id, type: 'TASK' } })).toBe(1);
  });

  it('a replayed event runs each automation once', async () => {
    const event = await db.prisma.salesEvent.findFirstOrThrow({
      where: { tenantId, name: 'deal/stage.changed' },
    });
    const before = await db.prisma.activity.count({ where: { tenantId } });
    const again = await processSalesEvent(db.prisma, event);
    expect(again.automations).toEqual([]);
    expect(await db.prisma.activity.count({ where: { tenantId } })).toBe(before);
  });

  it('a deal rots once per stage visit, however often the scan runs', async () => {
    await db.prisma.automation.create({
      data: {
        tenantId,
        name: 'Rotting',
        position: 3,
        trigger: 'DEAL_ROTTING',
        actions: [{ type: 'ASSIGN', ownerId: 'auto-rep' }],
      },
    });
    const deal = await db.prisma.deal.findFirstOrThrow({ where: { tenantId } });
    const later = new Date(deal.stageEnteredAt.getTime() + 10 * 86_400_000);
    expect(await emitRottingEvents(db.prisma, later)).toBe(1);
    expect(await emitRottingEvents(db.prisma, later)).toBe(0);
    await drainSalesEvents(db.prisma, (e) => processSalesEvent(db.prisma, e, later));
    expect((await db.prisma.deal.findUniqueOrThrow({ where: { id: deal.id } })).ownerId).toBe(
      'auto-rep',
    );
  });

  it('converts no lead into an archived pipeline: refused when saved, FAILED when archived after', async () => {
    const archived = await db.prisma.pipeline.create({
      data: { tenantId, name: 'Old', currency: 'EUR', archivedAt: new Date() },
    });
    const oldStage = await db.prisma.pipelineStage.create({
      data: { tenantId, pipelineId: archived.id, name: 'Old stage', order: 0 },
    });
    const api = createTestApi(db.prisma, ADMIN);
    const { errors } = await api.run(
      `mutation($input: AutomationInput!) { createAutomation(input: $input) { id } }`,
      {
        input: {
          name: 'Into the archive',
          trigger: 'LEAD_CREATED',
          conditions: [],
          actions: [{ type: 'CONVERT_LEAD', stageId: oldStage.id, value: '5.00' }],
        },
      },
    );
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'actions.0.stageId',
    });
    expect(errors?.[0]?.message).toMatch(/belongs to an archived pipeline/);

    // Saved while the pipeline was open, archived since.
    const automation = await db.prisma.automation.create({
      data: {
        tenantId,
        name: 'Archived since',
        position: 9,
        trigger: 'SCORE_CROSSED',
        threshold: 90,
        direction: 'UP',
        conditions: [{ field: 'status', operator: 'EQUALS', value: 'WORKING' }],
        actions: [{ type: 'CONVERT_LEAD', stageId: oldStage.id, value: '5.00' }],
      },
    });
    const lead = await db.prisma.lead.create({
      data: { tenantId, name: 'Cy', source: 'web', status: 'WORKING', score: 50 },
    });
    await db.prisma.lead.update({ where: { id: lead.id }, data: { score: 95 } });
    await drain();
    expect(
      await db.prisma.automationRun.findMany({
        where: { automationId: automation.id, leadId: lead.id, outcome: { not: 'NOT_MATCHED' } },
      }),
    ).toMatchObject([{ outcome: 'FAILED', error: 'the stage belongs to an archived pipeline' }]);
    expect(await db.prisma.deal.count({ where: { leadId: lead.id } })).toBe(0);
    await db.prisma.automation.delete({ where: { id: automation.id } });
  });

  it('switches off the automations that name a deleted stage, and no other', async () => {
    const pipelineId = (await db.prisma.pipelineStage.findUniqueOrThrow({ where: { id: stageId } }))
      .pipelineId;
    const doomed = await db.prisma.pipelineStage.create({
      data: { tenantId, pipelineId, name: 'Doomed', order: 5 },
    });
    await db.prisma.pipelineStage.createMany({
      data: [
        { tenantId, pipelineId, name: 'Won', order: 6, kind: 'WON' },
        { tenantId, pipelineId, name: 'Lost', order: 7, kind: 'LOST' },
      ],
    });
    const base = { tenantId, position: 20, conditions: [] };
    const entering = await db.prisma.automation.create({
      data: {
        ...base,
        name: 'Entering',
        trigger: 'DEAL_STAGE_CHANGED',
        stageId: doomed.id,
        actions: [{ type: 'ADD_TASK', text: 'x' }],
      },
    });
    const converting = await db.prisma.automation.create({
      data: {
        ...base,
        name: 'Converting',
        trigger: 'LEAD_CREATED',
        actions: [
          { type: 'ADD_TASK', text: 'y' },
          { type: 'CONVERT_LEAD', stageId: doomed.id, value: '1.00' },
        ],
      },
    });
    const other = await db.prisma.automation.create({
      data: {
        ...base,
        name: 'Other',
        trigger: 'DEAL_STAGE_CHANGED',
        stageId,
        actions: [{ type: 'ADD_TASK', text: 'z' }],
      },
    });
    const api = createTestApi(db.prisma, ADMIN);
    const { errors } = await api.run(
      'mutation ($id: ID!, $t: ID!) { deleteStage(id: $id, targetStageId: $t) { id } }',
      { id: doomed.id, t: stageId },
    );
    expect(errors).toBeUndefined();
    const enabled = async (id: string) =>
      (await db.prisma.automation.findUniqueOrThrow({ where: { id } })).enabled;
    expect([
      await enabled(entering.id),
      await enabled(converting.id),
      await enabled(other.id),
    ]).toEqual([false, false, true]);
    await db.prisma.automation.deleteMany({
      where: { id: { in: [entering.id, converting.id, other.id] } },
    });
  });

  it('validates automations with BAD_USER_INPUT naming the bad field', async () => {
    const api = createTestApi(db.prisma, ADMIN);
    const create = async (input: object) =>
      (
        await api.run(
          `mutation($input: AutomationInput!) { createAutomation(input: $input) { id } }`,
          {
            input: {
              name: 'A',
              trigger: 'SCORE_CROSSED',
              threshold: 80,
              direction: 'UP',
              conditions: [],
              actions: [{ type: 'ADD_TASK', text: 'x' }],
              ...input,
            },
          },
        )
      ).errors?.[0]?.extensions;
    expect(await create({ threshold: null })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'threshold',
    });
    expect(await create({ threshold: 120 })).toMatchObject({ field: 'threshold' });
    expect(
      await create({ conditions: [{ field: 'deal.value', operator: 'BETWEEN', min: 1 }] }),
    ).toMatchObject({ field: 'conditions.0.field' });
    expect(
      await create({ actions: [{ type: 'EMIT_EVENT', eventName: 'lead/created' }] }),
    ).toMatchObject({
      field: 'actions.0.eventName',
    });
    expect(
      await create({ actions: [{ type: 'CONVERT_LEAD', stageId: 'nope', value: '1' }] }),
    ).toMatchObject({
      field: 'actions.0.stageId',
    });
    const rotting = { trigger: 'DEAL_ROTTING', threshold: null, direction: null };
    expect(
      await create({ ...rotting, actions: [{ type: 'CONVERT_LEAD', stageId, value: '1' }] }),
    ).toMatchObject({ field: 'actions.0.type' });
    // A setting the automation would never read is refused, not dropped unread.
    const error = async (input: object) => {
      const { errors } = await api.run(
        `mutation($input: AutomationInput!) { createAutomation(input: $input) { id } }`,
        {
          input: {
            name: 'B',
            conditions: [],
            actions: [{ type: 'ADD_TASK', text: 'x' }],
            ...input,
          },
        },
      );
      return { message: errors?.[0]?.message, field: errors?.[0]?.extensions?.field };
    };
    expect(await error({ trigger: 'LEAD_CREATED', threshold: 50 })).toEqual({
      message:
        'threshold: is read only by SCORE_CROSSED automations, not by LEAD_CREATED: leave it out',
      field: 'threshold',
    });
    expect(await error({ ...rotting, direction: 'UP' })).toMatchObject({ field: 'direction' });
    expect(await error({ trigger: 'LEAD_CREATED', stageId })).toMatchObject({ field: 'stageId' });
    expect(
      await error({
        trigger: 'LEAD_CREATED',
        actions: [{ type: 'ASSIGN', ownerId: 'user-rep-1', status: 'WORKING' }],
      }),
    ).toEqual({
      message: 'actions.0.status: is not read by an action of type ASSIGN: leave it out',
      field: 'actions.0.status',
    });
    // Nulls are what a form sends for the settings it does not show: they are no setting.
    expect(
      await error({
        ...rotting,
        stageId: null,
        actions: [{ type: 'ADD_TASK', text: 'Chase it', status: null, ownerId: null }],
      }),
    ).toEqual({ message: undefined, field: undefined });
    expect(await create({})).toBeUndefined();
  });
});
