import type { Inngest } from 'inngest';
import {
  DEAL_ROTTING,
  DEAL_STAGE_CHANGED,
  LEAD_CREATED,
  SCORE_CHANGED,
} from '../services/automations/automationTypes';
import { emitRottingEvents } from '../services/automations/emitRottingEvents';
import { processSalesEvent } from '../services/automations/processSalesEvent';
import type { JobDeps } from './scoringJobBodies';

/** Events routing and automations act on (published from the SalesEvent outbox by the relay). */
export const AUTOMATION_EVENTS = [LEAD_CREATED, SCORE_CHANGED, DEAL_STAGE_CHANGED, DEAL_ROTTING];
export const ROTTING_SCAN_CRON = '*/15 * * * *';

/** One outbox event by id: routing and automations, each once-only on its own key. */
export async function processOutboxEvent(deps: JobDeps, salesEventId: string) {
  const event = await deps.prisma.salesEvent.findUnique({ where: { id: salesEventId } });
  if (!event) return { skipped: `no outbox event ${salesEventId}` };
  const { routing, automations } = await processSalesEvent(
    deps.prisma,
    event,
    (deps.now ?? (() => new Date()))(),
  );
  return {
    routing: routing && { outcome: routing.outcome, reason: routing.reason },
    automations: automations.map((a) => ({ automationId: a.automationId, outcome: a.outcome })),
  };
}

/**
 * The Inngest functions of routing and automations. Inngest retries a failed step; the run rows'
 * unique keys make a retried or replayed event do each thing once.
 */
export function createAutomationFunctions(inngest: Inngest.Any, deps: JobDeps) {
  return [
    inngest.createFunction(
      {
        id: 'route-and-automate',
        triggers: AUTOMATION_EVENTS.map((event) => ({ event })),
        // One lead's events in order: its creation is routed before a score change re-routes it.
        concurrency: { limit: 1, key: 'event.data.subjectId' },
      },
      async ({ event, step }) =>
        step.run('process', () =>
          processOutboxEvent(deps, (event.data as { salesEventId: string }).salesEventId),
        ),
    ),
    inngest.createFunction(
      {
        id: 'scan-rotting-deals',
        triggers: [{ cron: ROTTING_SCAN_CRON }],
        concurrency: { limit: 1 },
      },
      async ({ step }) =>
        step.run('emit-rotting-events', async () => ({
          written: await emitRottingEvents(deps.prisma, (deps.now ?? (() => new Date()))()),
        })),
    ),
  ];
}
