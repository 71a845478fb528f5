import type { Inngest } from 'inngest';
import type { Config } from '../config';
import { RESCORE_EVENTS, RETRAIN_EVENT } from './scoringEvents';
import {
  rescoreAllTenants,
  rescoreChangedLeads,
  retrainTenants,
  type JobDeps,
  type StepRunner,
} from './scoringJobBodies';

/** The Inngest functions; their bodies are the ones the embedded scheduler runs in-process. */
export function createScoringFunctions(
  inngest: Inngest.Any,
  deps: JobDeps,
  config: Pick<Config, 'rescoreCron' | 'retrainCron'>,
) {
  const context = (ctx: { events: readonly { name: string; data: unknown }[]; step: unknown }) => ({
    events: ctx.events,
    step: ctx.step as StepRunner,
  });
  return [
    inngest.createFunction(
      {
        id: 'rescore-leads-cron',
        triggers: [{ cron: config.rescoreCron }],
        concurrency: { limit: 1 },
      },
      (ctx) => rescoreAllTenants(deps, context(ctx)),
    ),
    inngest.createFunction(
      {
        id: 'rescore-changed-leads',
        triggers: RESCORE_EVENTS.map((event) => ({ event })),
        batchEvents: { maxSize: 500, timeout: '5s', key: 'event.data.tenantId' },
        // One batch per tenant at a time across all workers (the cron functions: one run at all).
        concurrency: { limit: 1, key: 'event.data.tenantId' },
      },
      (ctx) => rescoreChangedLeads(deps, context(ctx)),
    ),
    inngest.createFunction(
      {
        id: 'retrain-scoring-model',
        triggers: [{ cron: config.retrainCron }, { event: RETRAIN_EVENT }],
        concurrency: { limit: 1 },
      },
      (ctx) => retrainTenants(deps, context(ctx)),
    ),
  ];
}
