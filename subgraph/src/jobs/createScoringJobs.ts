import type { JobLog } from './jobLog';
import { Inngest } from 'inngest';
import { serve } from 'inngest/edge';
import type { Config } from '../config';
import type { RouteHandler } from '../http/createHttpServer';
import { createAutomationFunctions } from './createAutomationFunctions';
import { createEmbeddedScheduler } from './createEmbeddedScheduler';
import { createForecastFunctions } from './forecastSnapshotJob';
import { createScoringFunctions } from './createScoringFunctions';
import type { SendScoringEvent } from './scoringEvents';
import type { JobDeps } from './scoringJobBodies';

export const INNGEST_PATH = '/api/inngest';

export type ScoringJobs = {
  mode: 'inngest' | 'embedded';
  /** Sends lead/updated, customer/signals.updated or scoring/retrain.requested. */
  send: SendScoringEvent;
  /** HTTP routes to mount on the subgraph (the Inngest endpoint when Inngest is configured). */
  routes: Record<string, RouteHandler>;
  stop: () => Promise<void>;
};

/**
 * Background scoring: Inngest functions served at /api/inngest when an Inngest server is
 * configured, else the embedded scheduler running the same bodies in-process.
 */
export function createScoringJobs(
  deps: JobDeps,
  config: Pick<Config, 'inngestConfigured' | 'rescoreCron' | 'retrainCron'>,
  log: JobLog = () => {},
): ScoringJobs {
  if (!config.inngestConfigured) {
    const scheduler = createEmbeddedScheduler({ deps, config, log });
    return { mode: 'embedded', send: scheduler.send, routes: {}, stop: scheduler.stop };
  }
  const inngest = new Inngest({ id: 'sales-subgraph' });
  const handler = serve({
    client: inngest,
    functions: [
      ...createScoringFunctions(inngest, deps, config),
      ...createAutomationFunctions(inngest, deps),
      ...createForecastFunctions(inngest, deps),
    ],
    servePath: INNGEST_PATH,
  });
  const route: RouteHandler = async (request, response, body) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    }
    const method = request.method ?? 'GET';
    const result = await handler(
      new Request(url, {
        method,
        headers,
        ...(method === 'GET' || method === 'HEAD' ? {} : { body }),
      }),
    );
    response.writeHead(result.status, Object.fromEntries(result.headers));
    response.end(Buffer.from(await result.arrayBuffer()));
  };
  return {
    mode: 'inngest',
    send: async (event) => {
      await inngest.send(Array.isArray(event) ? event : [event]);
    },
    routes: { [INNGEST_PATH]: route },
    stop: async () => {},
  };
}
