import type { Logger } from './logger';

/**
 * The process's one signal path (Apollo Server's own handlers are off: `stopOnTerminationSignals:
 * false`). The first SIGTERM or SIGINT runs `stop` (drain within the deadline, then close) and
 * exits 0, or 1 if stopping failed; a second signal exits 1 at once; and if stopping has not
 * finished `backstopMs` after the signal (a close that hangs), the process exits 1 anyway.
 */
export function exitOnTerminationSignals(
  stop: () => Promise<unknown>,
  { logger, backstopMs }: { logger: Logger; backstopMs: number },
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'Second signal: exiting without finishing the shutdown');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'Shutting down: draining requests in flight');
    setTimeout(() => {
      logger.error({ signal, backstopMs }, 'Shutdown did not finish in time: exiting');
      process.exit(1);
    }, backstopMs).unref();
    stop().then(
      () => {
        logger.info({ signal }, 'Shut down');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ signal, err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
