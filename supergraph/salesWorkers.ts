import cluster, { type Worker } from 'node:cluster';
import path from 'node:path';
import type { Logger } from '../subgraph/src/http/logger';

/** The development signing secret the primary generates and its workers share (never in production). */
export const DEV_SECRET_ENV = 'SALES_DEV_JWT_SECRET';

/** From the primary to a worker: drain with what is left of the stack's deadline, then exit. */
export type WorkerMessage = { type: 'shutdown'; deadlineMs: number };

export type SalesWorkers = {
  /** The port the workers share (the one asked for, or the one the system chose for 0). */
  port: number;
  /** Asks every worker to drain within `deadlineMs` and waits for all to exit. */
  stop(deadlineMs: number): Promise<void>;
  /**
   * The stack has begun to stop (its gateway drains first, the workers after): a worker that exits
   * from now on is not replaced.
   */
  stopping: () => void;
};

/** A worker that does not exit this long after its deadline is killed. */
const BACKSTOP_MS = 5_000;

/**
 * Forks `count` processes of the sales subgraph (supergraph/salesWorker.ts) that share SALES_PORT
 * through node:cluster, and resolves when every one listens (ADR 044). A worker that exits before
 * listening fails the start (the others are stopped); one that dies later is replaced, so a crash
 * costs the requests it had in flight, not the stack's capacity.
 */
export async function startSalesWorkers({
  count,
  env,
  logger,
  startTimeoutMs = 180_000,
}: {
  count: number;
  env: Record<string, string>;
  logger: Logger;
  startTimeoutMs?: number;
}): Promise<SalesWorkers> {
  cluster.setupPrimary({ exec: path.join(import.meta.dirname, 'salesWorker.ts') });
  const live = new Set<Worker>();
  /** Workers that listen: they have their shutdown handler (one still starting may not yet). */
  const ready = new Set<Worker>();
  let stopping = false;
  let started = false;

  const fork = (): Worker => {
    const worker = cluster.fork(env);
    live.add(worker);
    worker.once('listening', () => ready.add(worker));
    worker.once('exit', (code, signal) => {
      live.delete(worker);
      if (stopping || !started) return;
      logger.error({ worker: worker.id, code, signal }, 'Sales worker died: starting another');
      fork();
    });
    return worker;
  };
  const listening = (worker: Worker) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`sales worker ${worker.id} did not listen within ${startTimeoutMs} ms`)),
        startTimeoutMs,
      );
      worker.once('listening', (address) => {
        clearTimeout(timer);
        resolve(address.port);
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`sales worker ${worker.id} exited with ${code} before listening`));
      });
    });

  const stop = async (deadlineMs: number) => {
    stopping = true;
    await Promise.all(
      [...live].map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            const backstop = setTimeout(() => worker.kill('SIGKILL'), deadlineMs + BACKSTOP_MS);
            worker.once('exit', () => {
              clearTimeout(backstop);
              resolve();
            });
            const message: WorkerMessage = { type: 'shutdown', deadlineMs };
            // One still starting serves nothing yet: it is killed (it leaves signals to this
            // process, so SIGTERM would not end it).
            if (ready.has(worker) && worker.isConnected()) worker.send(message);
            else worker.process.kill('SIGKILL');
          }),
      ),
    );
  };

  try {
    const [port] = await Promise.all(Array.from({ length: count }, () => listening(fork())));
    started = true;
    return { port: port!, stop, stopping: () => void (stopping = true) };
  } catch (error) {
    await stop(0);
    throw error;
  }
}
