import { InngestTestEngine } from '@inngest/test';
import { Inngest } from 'inngest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import { OPEN_LEAD_STATUSES } from '../services/leads/openLeadStatuses';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { createScoringFunctions } from './createScoringFunctions';

const NOW = new Date('2026-11-01T00:00:00Z');
const tenantId = DEMO_TENANT_ID;
let db: TestDatabase;
let functions: ReturnType<typeof createScoringFunctions>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma, { seed: 3, leads: 700, now: NOW });
  const inngest = new Inngest({ id: 'sales-subgraph-test' });
  functions = createScoringFunctions(
    inngest,
    { prisma: db.prisma, now: () => NOW },
    { rescoreCron: '0 */6 * * *', retrainCron: '0 3 * * 1' },
  );
});
afterAll(() => db?.drop());

const engine = (id: string) =>
  new InngestTestEngine({ function: functions.find((f) => f.id() === id)! });

describe('scoring Inngest functions', () => {
  it('declares the cron and event triggers', () => {
    const triggers = functions.map((f) => [f.id(), JSON.stringify(f['opts'].triggers)]);
    expect(triggers).toEqual([
      ['rescore-leads-cron', JSON.stringify([{ cron: '0 */6 * * *' }])],
      [
        'rescore-changed-leads',
        JSON.stringify([
          { event: 'lead/updated' },
          { event: 'customer/signals.updated' },
          { event: 'deal/updated' },
        ]),
      ],
      [
        'retrain-scoring-model',
        JSON.stringify([{ cron: '0 3 * * 1' }, { event: 'scoring/retrain.requested' }]),
      ],
    ]);
  });

  it('rescores every open lead of every tenant on the cron, one step per page', async () => {
    const open = await db.prisma.lead.count({
      where: { tenantId, status: { in: OPEN_LEAD_STATUSES } },
    });
    const { result, ctx } = await engine('rescore-leads-cron').execute({
      events: [{ name: 'inngest/scheduled.timer', data: {} }],
    } as never);
    expect(result).toMatchObject({ runs: [{ tenantId, processed: open }] });
    const stepIds = (ctx.step.run as unknown as { mock: { calls: [string][] } }).mock.calls.map(
      (c) => c[0],
    );
    // The tenant's open deals follow its leads (stage rate here: no deal model is active yet).
    expect(stepIds).toEqual([
      'list-tenants',
      `start-${tenantId}`,
      `page-${tenantId}-0`,
      `deals-${tenantId}`,
    ]);
    expect(
      await db.prisma.lead.count({
        where: { tenantId, status: { in: OPEN_LEAD_STATUSES }, score: null },
      }),
    ).toBe(0);
  });

  it('rescores the leads named by lead/updated and the open leads of customers in customer/signals.updated', async () => {
    const lead = await db.prisma.lead.findFirstOrThrow({ where: { tenantId, status: 'NEW' } });
    const customer = await db.prisma.lead.findFirstOrThrow({
      where: { tenantId, status: 'WORKING', customerId: { not: null } },
    });
    const ofCustomer = await db.prisma.lead.count({
      where: { tenantId, customerId: customer.customerId, status: { in: OPEN_LEAD_STATUSES } },
    });
    await db.prisma.customer.update({
      where: { id: customer.customerId! },
      data: { healthScore: 5 },
    });
    const { result } = await engine('rescore-changed-leads').execute({
      events: [
        { name: 'lead/updated', data: { tenantId, leadId: lead.id } },
        { name: 'customer/signals.updated', data: { tenantId, customerId: customer.customerId } },
      ],
    } as never);
    const runs = (result as { runs: { processed: number; runId: string }[] }).runs;
    expect(runs).toHaveLength(1);
    expect(runs[0]!.processed).toBe(ofCustomer + (lead.customerId === customer.customerId ? 0 : 1));
    const after = await db.prisma.lead.findUniqueOrThrow({ where: { id: customer.id } });
    const before = await db.prisma.leadScoreSnapshot.findMany({
      where: { leadId: customer.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(after.score).toBeLessThan(before[0]!.score + 1);
    expect(
      await db.prisma.scoringRun.findUniqueOrThrow({ where: { id: runs[0]!.runId } }),
    ).toMatchObject({ kind: 'rescore-leads', status: 'SUCCEEDED' });
  });

  it("rescores the open leads of a closed deal's customer named by deal/updated", async () => {
    const lead = await db.prisma.lead.findFirstOrThrow({
      where: { tenantId, status: { in: OPEN_LEAD_STATUSES }, customerId: { not: null } },
      orderBy: { id: 'desc' },
    });
    const ofCustomer = await db.prisma.lead.count({
      where: { tenantId, customerId: lead.customerId, status: { in: OPEN_LEAD_STATUSES } },
    });
    const { result } = await engine('rescore-changed-leads').execute({
      events: [{ name: 'deal/updated', data: { tenantId, customerId: lead.customerId } }],
    } as never);
    const runs = (result as { runs: { processed: number }[] }).runs;
    expect(runs).toHaveLength(1);
    expect(runs[0]!.processed).toBe(ofCustomer);
  });

  it('retrains on request for the tenant named', async () => {
    const { result, ctx } = await engine('retrain-scoring-model').execute({
      events: [{ name: 'scoring/retrain.requested', data: { tenantId } }],
    } as never);
    expect(ctx.step.run).toHaveBeenCalledWith(`retrain-${tenantId}`, expect.any(Function));
    expect(ctx.step.run).toHaveBeenCalledWith(`retrain-deals-${tenantId}`, expect.any(Function));
    // The lead model, then the deal model (ADR 039): too few closed deals in this small seed.
    expect(result).toMatchObject({
      results: [
        { tenantId, version: 2 },
        { tenantId, dealModelVersion: null, activated: false },
      ],
    });
    expect(await db.prisma.scoringModel.count({ where: { tenantId } })).toBe(2);
  });
});
