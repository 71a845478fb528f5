import type { Inngest } from 'inngest';
import { takeForecastSnapshot } from '../services/forecast/takeForecastSnapshot';
import type { JobContext, JobDeps } from './scoringJobBodies';

/**
 * Hourly: a snapshot is written once per tenant and day (the first run of the day writes it, the
 * others find it there), so a server down at midnight still takes the day's snapshot (ADR 038).
 */
export const FORECAST_SNAPSHOT_CRON = '17 * * * *';

/** Each tenant's forecast snapshot of today, one step per tenant. */
export async function snapshotForecasts(deps: JobDeps, { step }: JobContext) {
  const now = (deps.now ?? (() => new Date()))();
  const tenants = (await step.run('list-tenants', async () =>
    (await deps.prisma.tenant.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map(
      (t) => t.id,
    ),
  )) as string[];
  const results = [];
  for (const tenantId of tenants)
    results.push(
      await step.run(`snapshot-${tenantId}`, async () => ({
        tenantId,
        ...(await takeForecastSnapshot(deps.prisma, tenantId, now)),
      })),
    );
  return { results };
}

/** The Inngest function; the embedded scheduler runs the same body. */
export function createForecastFunctions(inngest: Inngest.Any, deps: JobDeps) {
  return [
    inngest.createFunction(
      {
        id: 'forecast-snapshot',
        triggers: [{ cron: FORECAST_SNAPSHOT_CRON }],
        concurrency: { limit: 1 },
      },
      (ctx) => snapshotForecasts(deps, { events: ctx.events, step: ctx.step }),
    ),
  ];
}
