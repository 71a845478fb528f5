import type { Logger } from './logger';

/**
 * A signal this soon after the first is the same request delivered twice, not an operator's
 * "stop now": a terminal's Ctrl-C or `kill -TERM -<group>` reaches npm and the server, and npm
 * passes it on to the server once more, a few milliseconds later.
 */
export const REPEATED_SIGNAL_WINDOW_MS = 2_000;

/**
 * The process's one signal path (Apollo Server's own handlers are off: `stopOnTerminationSignals:
 * false`). The first SIGTERM or SIGINT runs `stop` (drain within the deadline, then close) and
 * exits 0, or 1 if stopping failed; a signal within `REPEATED_SIGNAL_WINDOW_MS` of it is the same
 * one again and is ignored; a later one exits 1 at once; and if stopping has not finished
 * `backstopMs` after the signal (a close that hangs), the process exits 1 anyway.
 */
export function exitOnTerminationSignals(
  stop: () => Promise<unknown>,
  { logger, backstopMs }: { logger: Logger; backstopMs: number },
): void {
  let stopping: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping !== undefined) {
      if (Date.now() - stopping < REPEATED_SIGNAL_WINDOW_MS) {
        logger.info(
          { signal },
          'Signal repeated (npm passes on what its group got): still draining',
        );
        return;
      }
      logger.warn({ signal }, 'Second signal: exiting without finishing the shutdown');
      process.exit(1);
    }
    stopping = Date.now();
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
