import type { JobLog } from './jobLog';
import { OUTAGE_LOG_EVERY_MS } from '../http/apolloPlugins';
import { Inngest } from 'inngest';
import type { SalesEvent } from '../db/generated/client';
import { emitRottingEvents } from '../services/automations/emitRottingEvents';
import { processSalesEvent } from '../services/automations/processSalesEvent';
import { drainSalesEvents } from '../services/automations/salesEventOutbox';
import type { JobDeps } from './scoringJobBodies';

export type SalesEventRelay = {
  mode: 'inngest' | 'embedded';
  /** Handles (or publishes) what is waiting now; tests and the bench call it directly. */
  drain: () => Promise<{ processed: number; failed: number }>;
  stop: () => Promise<void>;
};

export type RelayOptions = {
  inngestConfigured: boolean;
  /** How often the outbox is polled (a query on an index when it is empty). */
  intervalMs?: number;
  /** The deal rotting scan (embedded mode; Inngest runs it as a cron function). */
  rottingScanMs?: number;
  timer?: boolean;
  /** Progress at info; a failed relay or scan at warn. */
  log?: JobLog;
  /**
   * While the relay keeps failing (the database down), at most one warning this often, saying
   * how many failures it stands for (default OUTAGE_LOG_EVERY_MS, as requests' warnings).
   */
  warnEveryMs?: number;
};

/**
 * The warnings of a job that runs every half second: the first failure at once, then at most one
 * line per `everyMs` counting the failures since, and one line when it works again. An operator
 * session counted 38 "relay failed" lines from two workers in a 10-second outage.
 */
function failureLog(log: JobLog, what: string, everyMs: number) {
  let lastWarnAt = -Infinity;
  let unreported = 0;
  let failing = 0;
  return {
    failed(error: unknown) {
      failing++;
      const now = Date.now();
      if (now - lastWarnAt < everyMs) {
        unreported++;
        return;
      }
      const since = unreported ? ` (and ${unreported} more failures since the last warning)` : '';
      log(
        `${what} failed: ${error instanceof Error ? error.message : String(error)}${since}`,
        'warn',
      );
      lastWarnAt = now;
      unreported = 0;
    },
    succeeded() {
      if (!failing) return;
      log(`${what} works again after ${failing} failed attempts`);
      failing = 0;
      unreported = 0;
      lastWarnAt = -Infinity;
    },
  };
}

/**
 * Takes SalesEvent rows out of the outbox, on every replica: claims are FOR UPDATE SKIP LOCKED,
 * so each event is taken by one process. Without Inngest the events are handled here (routing,
 * then automations); with Inngest they are published with the outbox id as Inngest's event id
 * (Inngest drops a repeated id), and the route-and-automate function handles them.
 */
export function startSalesEventRelay(deps: JobDeps, options: RelayOptions): SalesEventRelay {
  const { intervalMs = 500, rottingScanMs = 15 * 60_000, timer = true, log = () => {} } = options;
  const relayFailures = failureLog(log, 'relay', options.warnEveryMs ?? OUTAGE_LOG_EVERY_MS);
  const scanFailures = failureLog(log, 'rotting scan', options.warnEveryMs ?? OUTAGE_LOG_EVERY_MS);
  const inngest = options.inngestConfigured ? new Inngest({ id: 'sales-subgraph' }) : null;
  const now = () => (deps.now ?? (() => new Date()))();
  const handle = inngest
    ? async (event: SalesEvent) => {
        await inngest.send({
          id: event.id,
          name: event.name,
          data: {
            salesEventId: event.id,
            tenantId: event.tenantId,
            leadId: event.leadId,
            dealId: event.dealId,
            subjectId: event.leadId ?? event.dealId ?? event.id,
            ...(event.data as object),
          },
        });
      }
    : (event: SalesEvent) => processSalesEvent(deps.prisma, event, now());

  let running: Promise<{ processed: number; failed: number }> | null = null;
  let stopped = false;
  const drain = () =>
    (running ??= drainSalesEvents(deps.prisma, handle).finally(() => {
      running = null;
    }));
  const tick = () => {
    if (stopped || running) return;
    drain().then(
      (r) => {
        relayFailures.succeeded();
        if (r.failed) log(`${r.failed} events failed; they are retried after their lease`, 'warn');
      },
      (error: unknown) => relayFailures.failed(error),
    );
  };
  const scan = () => {
    if (stopped) return;
    emitRottingEvents(deps.prisma, now()).then(
      () => scanFailures.succeeded(),
      (error: unknown) => scanFailures.failed(error),
    );
  };
  const poll = timer ? setInterval(tick, intervalMs) : undefined;
  poll?.unref();
  const rotting = timer && !inngest ? setInterval(scan, rottingScanMs) : undefined;
  rotting?.unref();
  return {
    mode: inngest ? 'inngest' : 'embedded',
    drain,
    stop: async () => {
      stopped = true;
      if (poll) clearInterval(poll);
      if (rotting) clearInterval(rotting);
      await running?.catch(() => {});
    },
  };
}
