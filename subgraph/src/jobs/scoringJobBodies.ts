import type { PrismaClient } from '../db/generated/client';
import { OPEN_LEAD_STATUSES } from '../services/leads/openLeadStatuses';
import {
  rescorePage,
  startRescoreRun,
  type RescoreScope,
} from '../services/leadScoring/rescoreLeads';
import { RETRAIN_BUSY, retrainAndRescore } from '../services/leadScoring/retrainAndRescore';
import { rescoreChangedDeals } from '../services/dealWinProbability/rescoreChangedDeals';
import { rescoreDeals } from '../services/dealWinProbability/rescoreDeals';
import {
  DEAL_RETRAIN_BUSY,
  retrainAndRescoreDeals,
} from '../services/dealWinProbability/retrainAndRescoreDeals';
import type { ScoringEvent } from './scoringEvents';

/** The part of Inngest's `step` the bodies use; the embedded scheduler passes a plain runner. */
export type StepRunner = { run: <T>(id: string, fn: () => Promise<T>) => Promise<unknown> };
export type JobDeps = { prisma: PrismaClient; now?: () => Date };
export type JobContext = { events: readonly { name: string; data: unknown }[]; step: StepRunner };

const MAX_IDS_PER_RUN = 1000;
const now = (deps: JobDeps) => (deps.now ?? (() => new Date()))();

/**
 * One rescoring run: a step to start it, then one step per page, so Inngest retries a failed
 * page alone and a run interrupted between pages continues from its cursor.
 */
async function rescoreTenant(
  deps: JobDeps,
  step: StepRunner,
  tenantId: string,
  scope: RescoreScope,
  key: string,
) {
  const runId = (await step.run(
    `start-${key}`,
    async () => (await startRescoreRun(deps.prisma, tenantId, scope)).id,
  )) as string;
  let processed = 0;
  for (let page = 0; ; page++) {
    const result = (await step.run(`page-${key}-${page}`, () =>
      rescorePage(deps.prisma, runId, scope, { now: now(deps) }),
    )) as { processed: number; done: boolean };
    processed += result.processed;
    if (result.done) return { tenantId, runId, processed };
  }
}

async function tenantIds(deps: JobDeps, step: StepRunner): Promise<string[]> {
  return (await step.run('list-tenants', async () =>
    (await deps.prisma.tenant.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map(
      (t) => t.id,
    ),
  )) as string[];
}

/** Cron: every tenant's open leads, and its open deals (days in stage and age move daily). */
export async function rescoreAllTenants(deps: JobDeps, { step }: JobContext) {
  const runs = [];
  const deals = [];
  for (const tenantId of await tenantIds(deps, step)) {
    runs.push(await rescoreTenant(deps, step, tenantId, {}, tenantId));
    deals.push(
      await step.run(`deals-${tenantId}`, async () => ({
        tenantId,
        ...(await rescoreDeals(deps.prisma, tenantId, { now: now(deps) })),
      })),
    );
  }
  return { runs, deals };
}

/**
 * lead/updated, customer/signals.updated and deal/updated (batched): the open leads and deals
 * they touch, per tenant.
 */
export async function rescoreChangedLeads(deps: JobDeps, { events, step }: JobContext) {
  const byTenant = new Map<
    string,
    { leadIds: Set<string>; customerIds: Set<string>; dealIds: Set<string> }
  >();
  for (const event of events as ScoringEvent[]) {
    const entry = byTenant.get(event.data.tenantId) ?? {
      leadIds: new Set(),
      customerIds: new Set(),
      dealIds: new Set(),
    };
    byTenant.set(event.data.tenantId, entry);
    if (event.name === 'lead/updated')
      [event.data.leadId, ...(event.data.leadIds ?? [])].forEach(
        (id) => id && entry.leadIds.add(id),
      );
    if (event.name === 'customer/signals.updated') {
      [event.data.customerId, ...(event.data.customerIds ?? [])].forEach(
        (id) => id && entry.customerIds.add(id),
      );
    }
    if (event.name === 'deal/updated') {
      [event.data.dealId, ...(event.data.dealIds ?? [])].forEach(
        (id) => id && entry.dealIds.add(id),
      );
      if (event.data.customerId) entry.customerIds.add(event.data.customerId);
    }
  }
  const runs = [];
  const deals = [];
  for (const [tenantId, { leadIds, customerIds, dealIds }] of [...byTenant].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    if (dealIds.size || customerIds.size)
      deals.push(
        await step.run(`deals-${tenantId}`, async () => ({
          tenantId,
          ...(await rescoreChangedDeals(deps.prisma, tenantId, {
            dealIds: [...dealIds],
            customerIds: [...customerIds],
            now: now(deps),
          })),
        })),
      );
    const ofCustomers = customerIds.size
      ? ((await step.run(`leads-of-customers-${tenantId}`, async () =>
          (
            await deps.prisma.lead.findMany({
              where: {
                tenantId,
                customerId: { in: [...customerIds] },
                status: { in: OPEN_LEAD_STATUSES },
              },
              select: { id: true },
              orderBy: { id: 'asc' },
            })
          ).map((l) => l.id),
        )) as string[])
      : [];
    const ids = [...new Set([...leadIds, ...ofCustomers])].sort();
    for (let i = 0; i < ids.length; i += MAX_IDS_PER_RUN) {
      runs.push(
        await rescoreTenant(
          deps,
          step,
          tenantId,
          { ids: ids.slice(i, i + MAX_IDS_PER_RUN) },
          `${tenantId}-${i}`,
        ),
      );
    }
  }
  return { runs, deals };
}

/** Weekly cron (every tenant) or scoring/retrain.requested (the tenants named). */
export async function retrainTenants(deps: JobDeps, { events, step }: JobContext) {
  const requested = events
    .filter((e) => e.name === 'scoring/retrain.requested')
    .map((e) => (e as ScoringEvent).data.tenantId);
  const tenants = requested.length ? [...new Set(requested)] : await tenantIds(deps, step);
  const results = [];
  for (const tenantId of tenants) {
    results.push(
      await step.run(`retrain-${tenantId}`, async () => {
        const outcome = await retrainAndRescore(deps.prisma, tenantId, { now: now(deps) });
        if (outcome === RETRAIN_BUSY)
          return { tenantId, skipped: 'another retraining of this tenant is running' };
        const { model, activated, reason } = outcome;
        return { tenantId, version: model.version, activated, reason };
      }),
    );
    results.push(
      await step.run(`retrain-deals-${tenantId}`, async () => {
        const outcome = await retrainAndRescoreDeals(deps.prisma, tenantId, { now: now(deps) });
        if (outcome === DEAL_RETRAIN_BUSY)
          return { tenantId, skipped: "another retraining of this tenant's deal model is running" };
        const { model, activated, reason } = outcome;
        return { tenantId, dealModelVersion: model?.version ?? null, activated, reason };
      }),
    );
  }
  return { results };
}
