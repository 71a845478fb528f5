import '../subgraph/src/graphqlRuntimeMode';
import cluster from 'node:cluster';
import { DEMO_PRINCIPAL } from '../prisma/seed/demoTenant';
import { loadConfig } from '../subgraph/src/config';
import { createLogger } from '../subgraph/src/http/logger';
import { startSalesSubgraph, type SalesSubgraph } from '../subgraph/src/main';
import { DEV_SECRET_ENV, type WorkerMessage } from './salesWorkers';

/**
 * One worker process of `npm start` on PostgreSQL (ADR 044): the sales subgraph on SALES_PORT,
 * which the cluster's primary shares between its workers. The primary has already migrated and
 * bootstrapped the database; the worker serves, runs the jobs (their cron slots are claimed in the
 * database, so each runs once) and relays the outbox (claims are SKIP LOCKED). It stops on the
 * primary's `shutdown` message with what is left of the stack's deadline (not on a signal of its own).
 */
async function runWorker(): Promise<void> {
  const config = loadConfig();
  const id = cluster.worker?.id ?? 0;
  const logger = createLogger({ level: config.logLevel }).child({ service: 'sales', worker: id });
  // A shutdown asked for while this worker is still starting is carried out once it has started.
  const state: { subgraph?: SalesSubgraph; askedDeadlineMs?: number } = {};
  const stop = async (deadlineMs?: number) => {
    await state.subgraph!.drain(deadlineMs);
    await state.subgraph!.close();
  };
  const stopAndExit = (deadlineMs: number) =>
    stop(deadlineMs).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  // The primary stops the workers, after the gateway has drained (its requests in flight still
  // need them). A signal to the whole process group (Ctrl-C, `kill -TERM -<group>`, a process
  // manager) reaches the workers too: stopping on it would cut what the gateway is still
  // finishing. So a worker leaves it to the primary, from its first moment; if the primary is
  // gone, the cluster module ends the worker (it exits when its channel to the primary closes).
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.on(signal, () => {
      if (process.connected)
        logger.info({ signal }, 'Signal to a sales worker: it stops when the primary says so');
      else process.exit(1);
    });
  process.on('message', (message: WorkerMessage) => {
    if (message.type !== 'shutdown') return;
    if (state.subgraph) void stopAndExit(message.deadlineMs);
    else state.askedDeadlineMs = message.deadlineMs;
  });
  const devJwtSecret = process.env[DEV_SECRET_ENV];
  state.subgraph = await startSalesSubgraph({
    config,
    devPrincipal: DEMO_PRINCIPAL,
    ...(devJwtSecret ? { devJwtSecret } : {}),
    startupTasks: false,
    resumeRuns: id === 1,
    logger,
  });
  if (state.askedDeadlineMs !== undefined) await stopAndExit(state.askedDeadlineMs);
}

runWorker().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
